using System.Text.RegularExpressions;
using Markdig.Syntax;
using Publisher.Core.Markdown;
using Publisher.Core.PrintPages;

namespace Publisher.Epub.Tests;

/// <summary>
/// Where a chapter's XHTML gets the print edition's page-break markers, given the places the PDF
/// reports (block offset, words of the block on earlier pages).
/// </summary>
public partial class PageBreakMarkerTests
{
    private static string Render(string markdown, params (int Number, Func<MarkdownDocument, PrintPosition> At)[] pages)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        var breaks = pages.Select(p => (p.Number, new PrintPage(p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), p.At(document))));
        var body = XhtmlChapterRenderer.Render(document, linkRewriter: null, breaks);
        // Well-formed, with the epub: prefix declared as the page does.
        System.Xml.Linq.XElement.Parse($"<body xmlns=\"{EpubFile.Xhtml.NamespaceName}\" xmlns:epub=\"{EpubFile.Ops.NamespaceName}\">{body}</body>");
        return body;
    }

    private static PrintPosition Block(MarkdownDocument document, int index, int word = 0) =>
        new(0, document.Descendants<LeafBlock>().ElementAt(index).Span.Start, word);

    /// <summary>The body with each marker shown as [N].</summary>
    private static string Shown(string body) => Marker().Replace(body, m => $"[{m.Groups[1].Value}]");

    [Fact]
    public void A_page_that_begins_at_a_heading_is_marked_before_the_heading_element()
    {
        var body = Shown(Render("# Title\n\nText.\n\n## Next\n\nMore.", (1, d => Block(d, 0)), (2, d => Block(d, 2))));
        Assert.Contains("[1]<h1", body);
        Assert.Contains("[2]<h2", body);
    }

    [Fact]
    public void A_page_that_begins_inside_a_paragraph_is_marked_before_its_first_word_outside_the_words_element()
    {
        var body = Shown(Render("One two *three four* five  six.", (7, d => Block(d, 0, 2)), (8, d => Block(d, 0, 5))));
        Assert.Contains("<p>One two [7]<em>three four</em> five  [8]six.</p>", body);
    }

    [Fact]
    public void Words_are_counted_as_the_pdf_counts_them_a_note_number_and_an_entity_belong_to_their_word()
    {
        var body = Shown(Render("Note[^1] &amp; after\nnext line.\n\n[^1]: The note.", (3, d => Block(d, 0, 3))));
        Assert.Contains("after\n[3]next line.", body);
    }

    [Fact]
    public void A_page_inside_a_code_listing_is_marked_before_its_line()
    {
        var body = Shown(Render("```\nfirst line\nsecond line\n```", (4, d => Block(d, 0, 2))));
        Assert.Contains("first line\n[4]second line", body);
    }

    [Fact]
    public void A_page_that_begins_in_a_table_row_is_marked_in_the_rows_first_cell()
    {
        const string markdown = "| a | b |\n|---|---|\n| c1 | d |\n| c2 | e |\n";
        var body = Shown(Render(markdown, (5, d => new PrintPosition(0,
            d.Descendants<Markdig.Extensions.Tables.TableRow>().ElementAt(2).Descendants<Markdig.Extensions.Tables.TableCell>().First().Span.Start, 0))));
        Assert.Matches(@"<td[^>]*>\[5\]c2</td>", body);
    }

    [Fact]
    public void A_page_that_begins_inside_raw_html_is_marked_before_it_never_between_its_tags()
    {
        // Node.js's crypto.md: a raw HTML table whose rows run over a page; a span between <tr> and <td> is not XHTML.
        var body = Shown(Render("<table>\n  <tr>\n    <td>one two</td>\n  </tr>\n  <tr>\n    <td>three</td>\n  </tr>\n</table>\n",
            (6, d => Block(d, 0, 2))));
        Assert.StartsWith("[6]<table>", body);
    }

    [Fact]
    public void Pages_past_the_last_block_stand_at_the_end_in_order()
    {
        var body = Shown(Render("Last words.", (9, _ => PrintPosition.EndOf(0)), (10, _ => PrintPosition.EndOf(0))));
        Assert.EndsWith("</p>\n[9]\n[10]\n", body);
    }

    [Fact]
    public void The_marker_carries_the_label_the_id_and_the_roles()
    {
        var body = Render("Text.", (12, d => Block(d, 0)));
        Assert.Contains("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"print-page-12\" aria-label=\"12\"></span><p>", body);
    }

    [GeneratedRegex("<span epub:type=\"pagebreak\"[^>]*id=\"print-page-(\\d+)\"[^>]*></span>")] private static partial Regex Marker();
}
