using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Tests;

/// <summary>Links, images and raw HTML are checked once, with the place in the source.</summary>
public sealed class SourceChecksTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Book Load(string chapterOne, string chapterTwo = "# Two {#two}\n")
    {
        _folder.Write("content/b/book.yml", "title: B\nlanguage: en\n");
        _folder.Write("content/b/01-one.md", chapterOne);
        _folder.Write("content/b/02-two.md", chapterTwo);
        return new Project(_folder.Root).LoadBook("b", "0");
    }

    [Fact]
    public void Links_to_existing_headings_in_this_and_other_chapters_pass()
    {
        var book = Load("# One\n\nSee [two](02-two.md#two), [here](#one) and [the web](https://example.org).\n");
        Assert.Empty(book.Warnings);
    }

    [Fact]
    public void A_link_to_a_missing_heading_names_file_line_and_column()
    {
        var error = Expect.Failure(() => Load("# One\n\nText.\nSee [nowhere](#oen) now.\n"));
        Assert.Equal("content/b/01-one.md:4:5: error PUB040: link to '#oen', but this chapter has no heading with that id (did you mean 'one'?)", error);
    }

    [Fact]
    public void A_link_to_a_heading_missing_in_another_chapter_is_an_error()
    {
        var error = Expect.Failure(() => Load("See [two](02-two.md#three).\n"));
        Assert.StartsWith("content/b/01-one.md:1:5: error PUB040: link to '#three', but '02-two.md' has no heading", error);
    }

    [Fact]
    public void A_link_to_a_markdown_file_that_is_not_a_chapter_is_an_error()
    {
        var error = Expect.Failure(() => Load("See [it](03-three.md).\n"));
        Assert.Equal("content/b/01-one.md:1:5: error PUB040: link to '03-three.md', which is not a chapter of this book", error);
    }

    [Fact]
    public void A_missing_image_is_an_error_at_its_place()
    {
        var error = Expect.Failure(() => Load("# One\n\n![a diagram](images/missing.png)\n"));
        Assert.Equal("content/b/01-one.md:3:1: error PUB041: image 'images/missing.png' not found", error);
    }

    [Fact]
    public void An_image_outside_the_book_is_refused()
    {
        var error = Expect.Failure(() => Load("![secret](../../etc/passwd)\n"));
        Assert.StartsWith("content/b/01-one.md:1:1: error PUB012:", error);
    }

    [Fact]
    public void Raw_html_warns_and_says_what_each_format_does()
    {
        var book = Load("# One\n\n<div class=\"note\">Safe</div>\n\nA <kbd>key</kbd> and <b onclick=\"x()\">bold</b>.\n\n<!-- a comment -->\n");
        Assert.Equal(2, book.Warnings.Count);
        Assert.Equal("content/b/01-one.md:3:1: warning PUB050: raw HTML: kept in the EPUB; the PDF sets only its text",
            book.Warnings[0].ToString());
        Assert.StartsWith("content/b/01-one.md:5:3: warning PUB050: raw HTML that is not well-formed XHTML", book.Warnings[1].ToString());
        Assert.All(book.Warnings, w => Assert.Equal(Severity.Warning, w.Severity));
    }
}
