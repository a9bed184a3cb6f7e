using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;

namespace Publisher.Core.Tests;

/// <summary>Attributes in braces: read as Pandoc reads them, kept only on an allow-list, each dropped one reported at its place.</summary>
public sealed class MarkdownAttributesTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Book Load(string chapter) => _folder.LoadBook(chapter);

    private static HtmlAttributes? AttributesOf<T>(Book book) where T : Block =>
        book.Chapters[0].Document.Descendants<T>().First().TryGetAttributes();

    [Fact]
    public void Event_handlers_styles_and_namespaces_are_dropped_each_with_a_warning_at_its_place()
    {
        var book = Load("# One\n\nPara {onmouseover=alert(1)}\n{onclick=\"x()\" style=\"color:red\" xmlns=\"http://evil\" .note}\n");
        Assert.Equal([
            "content/b/01-one.md:3:7: warning PUB051: attribute 'onmouseover' left out: an event handler would run a script",
            "content/b/01-one.md:4:2: warning PUB051: attribute 'onclick' left out: an event handler would run a script",
            "content/b/01-one.md:4:16: warning PUB051: attribute 'style' left out: the template styles the book",
            "content/b/01-one.md:4:34: warning PUB051: attribute 'xmlns' left out: not one of the attributes kept (id, class, lang, dir, title)",
        ], book.Warnings.Select(w => w.ToString()));
        var attributes = AttributesOf<ParagraphBlock>(book)!;
        Assert.Null(attributes.Properties);
        Assert.Equal(["note"], attributes.Classes!);
    }

    [Fact]
    public void Lang_dir_and_title_are_kept_when_their_values_are_valid()
    {
        var book = Load("Text {lang=az-Latn dir=rtl title=\"A note\"}\n\nMore {lang=\"not a tag\" dir=sideways}\n");
        var first = book.Chapters[0].Document.Descendants<ParagraphBlock>().First().GetAttributes();
        // The EPUB is XHTML, where xml:lang says the language as well.
        Assert.Equal(["lang=az-Latn", "xml:lang=az-Latn", "dir=rtl", "title=A note"], first.Properties!.Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal([
            "content/b/01-one.md:3:7: warning PUB051: attribute 'lang' left out: expected a BCP 47 language tag such as en or az-Latn",
            "content/b/01-one.md:3:24: warning PUB051: attribute 'dir' left out: expected ltr, rtl or auto",
        ], book.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void An_href_on_a_link_is_dropped_the_link_keeps_its_own_target()
    {
        var book = Load("[link](https://a.example){href=https://b.example}\n");
        Assert.Equal("content/b/01-one.md:1:27: warning PUB051: attribute 'href' left out: a link's or an image's target is the one written in its parentheses",
            Assert.Single(book.Warnings).ToString());
        var link = book.Chapters[0].Document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Single();
        Assert.Equal("https://a.example", link.Url);
        Assert.Null(link.GetAttributes().Properties);
    }

    [Fact]
    public void An_id_attribute_on_a_heading_is_the_authors_id_instead_of_the_generated_one()
    {
        var book = Load("## Heading {id=mine}\n\nSee [it](#mine).\n");
        Assert.Empty(book.Warnings);
        Assert.Equal("mine", AttributesOf<HeadingBlock>(book)!.Id);
        Assert.Null(AttributesOf<HeadingBlock>(book)!.Properties);
    }

    [Fact]
    public void Braces_holding_bare_words_stay_text_as_on_GitHub()
    {
        // Node.js's API docs: "* `message` {string}" and "### DEP0147: `fs.rmdir(path, { recursive: true })`".
        var book = Load("### DEP0147: `fs.rmdir(path, { recursive: true })`\n\n* `message` {string} The message.\n");
        var heading = book.Chapters[0].Document.Descendants<HeadingBlock>().Single();
        Assert.Equal("DEP0147: fs.rmdir(path, { recursive: true })", BookLoader.PlainText(heading.Inline));
        Assert.Null(heading.GetAttributes().Properties);
        var item = book.Chapters[0].Document.Descendants<ParagraphBlock>().Last();
        Assert.Equal("message {string} The message.", BookLoader.PlainText(item.Inline));
        Assert.Empty(book.Warnings);
    }

    [Fact]
    public void Heading_attributes_are_only_taken_at_the_end_of_the_line()
    {
        var book = Load("## Start {#early} end\n\n## Other {.x} {#late}\n");
        var headings = book.Chapters[0].Document.Descendants<HeadingBlock>().ToList();
        Assert.Equal("Start {#early} end", BookLoader.PlainText(headings[0].Inline));
        Assert.Equal("Other {.x}", BookLoader.PlainText(headings[1].Inline));
        Assert.Equal("late", headings[1].GetAttributes().Id);
    }
}
