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
}
