using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>In the EPUB, a labelled figure's caption carries its number and a reference is a link to the figure element.</summary>
public class CrossReferenceTests
{
    private static readonly Lazy<EpubFile> Built = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("publisher-epub-references-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        };
        var book = Path.Combine(root, "content", "refs");
        Directory.CreateDirectory(Path.Combine(book, "part"));
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: References\nlanguage: en\nchapters:\n  - 01-one.md\n  - part/02-two.md\n");
        File.WriteAllText(Path.Combine(book, "01-one.md"),
            "# One\n\nAs @fig:harbour shows; see also @fig:quay and @sec:back.\n\n![The harbour at *dusk*](chart.png){#fig:harbour}\n");
        File.WriteAllText(Path.Combine(book, "part", "02-two.md"),
            "# Two\n\n![The quay](../chart.png \"The quay in rain\"){#fig:quay}\n\n## Back {#sec:back}\n\nBack to @fig:harbour.\n\n" +
            "Table: Prices *today* {#tbl:prices}\n\n| Item | Price |\n|---|---:|\n| Tea | 3 |\n\nAs @tbl:prices shows.\n\n" +
            "```python {#lst:count title=\"Counting\"}\nprint(1)\n```\n\nSee @lst:count.\n");
        File.Copy(Path.Combine(TestBooks.RepoRoot, "tests", "Publisher.Epub.Tests", "Fixtures", "pictures", "figures", "chart.png"),
            Path.Combine(book, "chart.png"));
        return new EpubFile(TestBooks.Build(new Project(root).LoadBook("refs", TestBooks.Epoch)));
    });

    private static EpubFile Epub => Built.Value;
    private static string One => Epub.Spine.Single(p => p.EndsWith("01-one.xhtml", StringComparison.Ordinal));
    private static string Two => Epub.Spine.Single(p => p.EndsWith("02-two.xhtml", StringComparison.Ordinal));

    /// <summary>The element a link in <paramref name="document"/> leads to.</summary>
    private static XElement Target(string document, XElement link)
    {
        var href = (string)link.Attribute("href")!;
        var hash = href.IndexOf('#');
        var file = hash == 0 ? document : EpubFile.Resolve(document, href[..hash]);
        var id = Uri.UnescapeDataString(href[(hash + 1)..]);
        return Epub.Xml(file).Descendants().Single(e => (string?)e.Attribute("id") == id);
    }

    [Fact]
    public void Captions_begin_with_the_figures_number()
    {
        var captions = new[] { One, Two }.SelectMany(d => Epub.Xml(d).Descendants(EpubFile.Xhtml + "figcaption"))
            .Select(c => EpubFile.CollapseSpace(c.Value)).ToList();
        Assert.Equal(["Figure 1: The harbour at dusk", "Figure 2: The quay in rain", "Listing 1: Counting"], captions);
    }

    [Fact]
    public void References_are_links_to_the_figure_or_heading_they_name()
    {
        var links = Epub.Xml(One).Descendants(EpubFile.Xhtml + "a").ToList();
        Assert.Equal(["Figure 1", "Figure 2", "Back"], links.Select(l => l.Value));
        Assert.Equal([EpubFile.Xhtml + "figure", EpubFile.Xhtml + "figure", EpubFile.Xhtml + "h2"],
            links.Select(l => Target(One, l).Name));
        Assert.Contains("The quay in rain", Target(One, links[1]).Value);
        var back = Epub.Xml(Two).Descendants(EpubFile.Xhtml + "a").ToList();
        Assert.Equal(["Figure 1", "Table 1", "Listing 1"], back.Select(l => l.Value));
        // A listing is a figure of its own: its caption, then the code the reference leads to.
        var code = Target(Two, back[2]);
        Assert.Equal(EpubFile.Xhtml + "code", code.Name);
        var listing = code.Parent!.Parent!;
        Assert.Equal(EpubFile.Xhtml + "figure", listing.Name);
        Assert.Equal("Listing 1: Counting", EpubFile.CollapseSpace(listing.Element(EpubFile.Xhtml + "figcaption")!.Value));
        Assert.Contains("The harbour at dusk", Target(Two, back[0]).Value);
        var table = Target(Two, back[1]);
        Assert.Equal(EpubFile.Xhtml + "table", table.Name);
        // The caption is the table's first child, with its number; the paragraph it was written as is gone.
        Assert.Equal(EpubFile.Xhtml + "caption", table.Elements().First().Name);
        Assert.Equal("Table 1: Prices today", EpubFile.CollapseSpace(table.Elements().First().Value).Trim());
        Assert.DoesNotContain(Epub.Xml(Two).Descendants(EpubFile.Xhtml + "p"), p => p.Value.Contains("Prices", StringComparison.Ordinal));
    }

    [EpubcheckFact]
    public void The_book_passes_epubcheck()
    {
        var result = Epubcheck.Check(Epub.Bytes, "references");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }
}
