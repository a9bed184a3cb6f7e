using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Markdown;

namespace Publisher.Core.Tests;

/// <summary>Only http, https and mailto links leave the book; links to files that are not chapters become text.</summary>
public sealed class LinkSafetyTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Book Load(string chapter) =>
        _folder.LoadBook(chapter, files: [("02-two.md", "# Two\n"), ("notes.pdf", "%PDF-1.4\n")]);

    private static List<string> Urls(Book book) =>
        book.Chapters[0].Document.Descendants<LinkInline>().Select(l => l.Url!).ToList();

    [Fact]
    public void Links_with_other_schemes_become_their_text_with_a_warning_each()
    {
        var book = Load("[x](javascript:alert(1)) [y](VBScript:x) [z](data:text/html,hi) [f](file:///etc/passwd) <javascript:alert(2)>\n\n" +
                        "[web](https://example.org) [mail](mailto:a@example.org) [here](#two)\n\n# Two {#two}\n");
        Assert.Equal(["https://example.org", "mailto:a@example.org", "#two"], Urls(book));
        Assert.Equal([
            "content/b/01-one.md:1:1: warning PUB052: link with the scheme 'javascript:' set as plain text: only http, https, mailto links and links inside the book are kept",
            "content/b/01-one.md:1:26: warning PUB052: link with the scheme 'VBScript:' set as plain text: only http, https, mailto links and links inside the book are kept",
            "content/b/01-one.md:1:42: warning PUB052: link with the scheme 'data:' set as plain text: only http, https, mailto links and links inside the book are kept",
            "content/b/01-one.md:1:65: warning PUB052: link with the scheme 'file:' set as plain text: only http, https, mailto links and links inside the book are kept",
            "content/b/01-one.md:1:89: warning PUB052: link with the scheme 'javascript:' set as plain text: only http, https, mailto links and links inside the book are kept",
        ], book.Warnings.Select(w => w.ToString()));
        var text = BookLoader.PlainText(book.Chapters[0].Document.Descendants<ParagraphBlock>().First().Inline);
        Assert.Equal("x y z f javascript:alert(2)", text);
    }

    [Fact]
    public void Links_to_files_that_are_not_chapters_become_their_text_with_a_warning()
    {
        var book = Load("See [the notes](notes.pdf), [another book](../other/x.md), [root](/etc/x) and [two](02-two.md).\n");
        Assert.Equal(["02-two.md"], Urls(book));
        Assert.Equal([
            "content/b/01-one.md:1:5: warning PUB044: link to 'notes.pdf' set as plain text: it is a file that is not a chapter; the EPUB carries only chapters and the images they show",
            "content/b/01-one.md:1:29: warning PUB044: link to '../other/x.md' set as plain text: it is a file outside the book's folder",
            "content/b/01-one.md:1:60: warning PUB044: link to '/etc/x' set as plain text: it is a path from the site's root to no chapter of the book (book.yml 'site-url' would make it a web link)",
        ], book.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void A_link_set_as_text_keeps_the_paragraphs_raw_html_in_reach_of_its_checks()
    {
        // Markdig's InsertBefore left the link's text without a previous sibling: the paragraph's tags were then
        // not found when walked from the end, "<br>" was judged as no HTML at all and went into the EPUB unclosed.
        var book = Load("A <br> and [the notes](notes.pdf) <kbd>x</kbd>.\n");
        var paragraph = book.Chapters[0].Document.Descendants<ParagraphBlock>().First().Inline!;
        Assert.Equal("<br><kbd></kbd>", RawHtml.InlineSkeleton(paragraph));
        // The same inlines, walked from either end.
        var forward = new List<Inline>();
        for (var i = paragraph.FirstChild; i is not null; i = i.NextSibling) forward.Add(i);
        var backward = new List<Inline>();
        for (var i = paragraph.LastChild; i is not null; i = i.PreviousSibling) backward.Insert(0, i);
        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>")]
    [InlineData("<a href=\"02-two.md\">x</a>")]
    [InlineData("<span href=\"https://example.org\">x</span>")]
    [InlineData("<span style=\"color:red\">x</span>")]
    [InlineData("<span dir=\"sideways\">x</span>")]
    [InlineData("<span xmlns=\"http://evil.example\">x</span>")]
    public void Raw_html_with_an_unsafe_link_or_attribute_is_not_kept(string html) => Assert.False(RawHtml.IsSafeXhtml(html));

    [Theory]
    [InlineData("<a href=\"https://example.org\" id=\"x\">x</a>")]
    [InlineData("<a href=\"#here\">x</a>")]
    [InlineData("<td colspan=\"2\">x</td>")]
    public void Raw_html_with_safe_links_and_attributes_is_kept(string html) => Assert.True(RawHtml.IsSafeXhtml(html));
}
