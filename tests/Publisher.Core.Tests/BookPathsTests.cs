using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Tests;

public sealed class BookPathsTests
{
    private static readonly string Book = Path.Combine(Path.GetTempPath(), "project", "content", "book");
    private static readonly SourceLocation At = new("content/book/book.yml", 4, 5);

    [Theory]
    [InlineData("01-one.md", "01-one.md")]
    [InlineData("./01-one.md", "01-one.md")]
    [InlineData("images/figure.png", "images/figure.png")]
    [InlineData("images/../01-one.md", "01-one.md")]
    [InlineData("deep/er/still.md", "deep/er/still.md")]
    public void Paths_inside_the_book_resolve_to_full_paths(string relative, string expected)
    {
        Assert.Equal(Path.Combine(Book, expected), BookPaths.Resolve(Book, relative, At));
    }

    [Fact]
    public void A_trailing_separator_on_the_book_folder_makes_no_difference()
    {
        Assert.Equal(Path.Combine(Book, "a.md"), BookPaths.Resolve(Book + Path.DirectorySeparatorChar, "a.md", At));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../other/chapter.md")]
    [InlineData("../book-two/chapter.md")]   // shares the folder's name as a prefix
    [InlineData("../book")]                  // the folder itself, reached from outside
    [InlineData("images/../../x.md")]
    [InlineData("/etc/passwd")]
    [InlineData(".")]
    public void Paths_that_leave_the_book_are_refused(string relative)
    {
        Assert.Equal($"content/book/book.yml:4:5: error PUB012: '{relative}' points outside the book's folder; " +
                     "sources may only use files inside it",
            Expect.Failure(() => BookPaths.Resolve(Book, relative, At)));
    }

    [Fact]
    public void A_link_inside_the_book_to_a_file_inside_it_is_followed()
    {
        using var folder = new TestFolder();
        folder.Write("book/chapters/one.md", "# One\n");
        File.CreateSymbolicLink(folder.PathOf("book/one.md"), "chapters/one.md");

        Assert.Equal(folder.PathOf("book/one.md"), BookPaths.Resolve(folder.PathOf("book"), "one.md", At));
    }

    [Fact]
    public void A_link_to_a_file_outside_or_through_a_linked_folder_is_refused_where_the_path_is_written()
    {
        using var folder = new TestFolder();
        var secret = folder.Write("secret/notes.md", "root:x:0:0\n");
        Directory.CreateDirectory(folder.PathOf("book"));
        File.CreateSymbolicLink(folder.PathOf("book/leak.md"), secret);
        Directory.CreateSymbolicLink(folder.PathOf("book/pictures"), folder.PathOf("secret"));

        Assert.Equal($"content/book/book.yml:4:5: error PUB012: 'leak.md' leads outside the book's folder through a symbolic link " +
                     $"(to {secret}); sources may only use files inside it",
            Expect.Failure(() => BookPaths.Resolve(folder.PathOf("book"), "leak.md", At)));
        Assert.Equal($"content/book/book.yml:4:5: error PUB012: 'pictures/notes.md' leads outside the book's folder through a " +
                     $"symbolic link (to {secret}); sources may only use files inside it",
            Expect.Failure(() => BookPaths.Resolve(folder.PathOf("book"), "pictures/notes.md", At)));
    }

    [Fact]
    public void A_fifo_is_refused_before_it_is_opened()
    {
        using var folder = new TestFolder();
        folder.Fifo("book/03.md");

        Assert.Equal("content/book/book.yml:4:5: error PUB015: '03.md' is a FIFO (named pipe), not a regular file; " +
                     "Publisher reads only regular files",
            Expect.Failure(() => BookPaths.Resolve(folder.PathOf("book"), "03.md", At)));
    }
}
