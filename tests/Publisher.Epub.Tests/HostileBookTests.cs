using System.Xml.Linq;
using Publisher.Core.Diagnostics;
using Publisher.Core.PrintPages;

namespace Publisher.Epub.Tests;

/// <summary>
/// A book written to attack the EPUB (Fixtures/hostile): event handlers, styles and namespaces in attributes,
/// javascript:, data: and file: links, links to files that are not chapters, raw HTML with scripts, a hostile SVG,
/// ids that collide with each other, with footnotes' and with the print page markers'. Whatever it tries, the
/// EPUB holds nothing that runs or fetches and passes epubcheck.
/// </summary>
public class HostileBookTests
{
    private static readonly Lazy<(EpubFile Epub, IReadOnlyList<Diagnostic> Warnings)> Built = new(() =>
    {
        var book = TestBooks.Hostile();
        // The print edition's pages 1 to 10 all begin in the first chapter, so its markers print-page-1…10 are there.
        var pages = Enumerable.Range(1, 10).Select(n => new PrintPage(n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new PrintPosition(0, 0, 0))).ToList();
        using var stream = new MemoryStream();
        new EpubBookWriter(_ => new PrintPageMap(pages)).Write(book, stream);
        return (new EpubFile(stream.ToArray()), book.Warnings);
    });

    private static EpubFile Epub => Built.Value.Epub;

    private static IEnumerable<XElement> ChapterElements => Epub.Spine.Where(p => p.Contains("/text/", StringComparison.Ordinal))
        .SelectMany(p => Epub.Xml(p).Descendants());

    [EpubcheckFact]
    public void The_hostile_book_passes_epubcheck()
    {
        var result = Epubcheck.Check(Epub.Bytes, "hostile");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }

    [Fact]
    public void No_attribute_that_could_run_style_or_leave_xhtml_reaches_the_chapters()
    {
        var attributes = ChapterElements.SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(attributes, a => a.Name.LocalName is "style" or "xmlns");
        Assert.All(ChapterElements, e => Assert.True(e.Name.Namespace == EpubFile.Xhtml, $"{e.Name} is outside XHTML"));
        Assert.Contains(ChapterElements, e => ((string?)e.Attribute("class"))?.Split(' ').Contains("kept") == true);
        Assert.Contains(ChapterElements, e => (string?)e.Attribute("id") == "chosen");
    }

    [Fact]
    public void Only_http_https_mailto_and_links_inside_the_book_reach_the_chapters()
    {
        var hrefs = ChapterElements.Where(e => e.Name == EpubFile.Xhtml + "a").Select(a => (string?)a.Attribute("href")).OfType<string>().ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.Matches(@"^(https://|#|0[12]-(hostile|other)\.xhtml#)", href));
        var text = Epub.BodyText(Epub.Spine.First(p => p.EndsWith("hostile.xhtml", StringComparison.Ordinal)));
        Assert.Contains("x y z f javascript:alert(2) pdf other root", text);
        Assert.Contains("message {string} The message.", text);
        Assert.Contains("DEP0147: fs.rmdir(path, { recursive: true })", text);
    }

    [Fact]
    public void Every_id_is_unique_in_its_document_and_generated_headings_yield()
    {
        foreach (var path in Epub.Spine)
        {
            var ids = Epub.Xml(path).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
        }
        var headings = ChapterElements.Where(e => e.Name.LocalName is "h2" or "h3").Select(h => (string?)h.Attribute("id")).ToList();
        Assert.Equal(["chosen", "same-2", "same-1", "print-page-8-1", "nodejs-and-github", "dep0147-fsrmdirpath--recursive-true-", "same-1"], headings);
    }

    [Fact]
    public void The_svg_the_epub_carries_holds_nothing_that_runs_or_fetches()
    {
        var svg = Epub.Text(Epub.EntryNames.Single(n => n.EndsWith(".svg", StringComparison.Ordinal)));
        foreach (var gone in (string[])["<script", "alert", "onload", "onclick", "file:", "evil.example", "foreignObject", "<set", "DOCTYPE", "other.svg"])
            Assert.DoesNotContain(gone, svg);
        Assert.Contains("url(#g)", svg);
    }

    [Fact]
    public void Each_thing_left_out_is_a_warning_with_its_code()
    {
        var codes = Built.Value.Warnings.GroupBy(w => w.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, codes["PUB051"]);   // onmouseover, onclick, style, xmlns, and href on a link
        Assert.Equal(5, codes["PUB052"]);   // javascript: twice, vbscript:, data:, file:
        Assert.Equal(3, codes["PUB044"]);   // notes.pdf, ../other/x.md, /etc/passwd
        Assert.Equal(9, codes["PUB053"]);   // the SVG's script, handlers, references, foreignObject, set
    }
}
