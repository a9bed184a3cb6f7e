using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;

namespace Publisher.Core.Tests;

/// <summary>Every id in a chapter differs: the author's are kept or refused, generated ones yield.</summary>
public sealed class ChapterIdsTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Book Load(string chapter) => _folder.LoadBook(chapter);

    private static List<string> Ids(Book book) => book.Chapters[0].Document.Descendants()
        .Select(e => e.TryGetAttributes()?.Id).OfType<string>().ToList();

    [Fact]
    public void A_heading_whose_generated_id_the_author_gave_another_block_takes_the_next_free_one()
    {
        var book = Load("## Same\n\nPara {#same}\n\n## Same\n\nSee [the paragraph](#same).\n");
        Assert.Equal(["same-2", "same", "same-1"], Ids(book));
    }

    [Fact]
    public void An_id_the_author_gives_twice_is_an_error_at_the_second()
    {
        var error = Expect.Failure(() => Load("# One {#intro}\n\nPara {#intro}\n"));
        Assert.Equal("content/b/01-one.md:3:6: error PUB043: id 'intro' is already the id of the element at 1:7; ids must differ within a chapter", error);
    }

    [Fact]
    public void An_id_in_raw_html_kept_in_the_epub_counts_too()
    {
        var error = Expect.Failure(() => Load("Para {#anchor}\n\n<span id=\"anchor\">x</span>\n"));
        Assert.StartsWith("content/b/01-one.md:3:1: error PUB043: id 'anchor' is already the id of the element at 1:6", error);
    }

    [Theory]
    [InlineData("Para {#fn:1}\n\nNote[^a].\n\n[^a]: A note.\n", "fn:1")]
    [InlineData("Para {id=print-page-8}\n", "print-page-8")]
    public void An_authors_id_may_not_take_the_form_of_a_generated_one(string chapter, string id)
    {
        var error = Expect.Failure(() => Load(chapter));
        Assert.Equal($"content/b/01-one.md:1:6: error PUB043: id '{id}' has the form of the ids Publisher gives its own elements, " +
                     "fn:N and fnref:N (footnotes) and print-page-N (print page markers) and index:N (index entries); choose another", error);
    }

    [Fact]
    public void A_heading_whose_text_gives_a_generated_form_yields()
    {
        var book = Load("## Print page 8\n\nA note[^a].\n\n[^a]: Text.\n");
        Assert.Equal("print-page-8-1", book.Chapters[0].Document.Descendants<HeadingBlock>().Single().GetAttributes().Id);
    }

    [Fact]
    public void A_raw_html_anchor_keeps_its_id_a_link_reaches_it_and_the_heading_after_it_yields()
    {
        // Node.js's errors.md: <a id="nodejs-error-codes"></a> above "## Node.js error codes", and links to #nodejs-error-codes.
        var book = Load("<a id=\"nodejs-error-codes\"></a>\n\n## Node.js error codes\n\nSee [the codes](#nodejs-error-codes).\n");
        Assert.Equal("nodejs-error-codes-1", book.Chapters[0].Document.Descendants<HeadingBlock>().Single().GetAttributes().Id);
    }
}
