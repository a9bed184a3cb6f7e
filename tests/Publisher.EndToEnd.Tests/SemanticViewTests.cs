using System.IO.Compression;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// What a Markdown construct is and how it looks is decided once, so the two formats agree: the book's contents
/// (the printed contents, the PDF's bookmarks, the EPUB's navigation) and the kinds of emphasis.
/// </summary>
public sealed class SemanticViewTests
{
    private const string Chapter = "# Harbours\n\nIntro.\n\n## Piers\n\nText.\n\n### Bollards\n\nText.\n\n## Cranes\n\nText.\n";

    private static TempProject Book(int depth)
    {
        var project = TempProject.Empty();
        project.Write("content/sample/book.yml", "title: Sample\nlanguage: en\ntemplate: deep\n");
        project.Write("content/sample/01.md", Chapter);
        project.Write("content/sample/02.md", "# Ships\n\n## Hulls\n\nText.\n");
        project.Write("templates/deep/template.yml", $"extends: booklet\ntoc:\n  enabled: true\n  depth: {depth}\n");
        return project;
    }

    [Theory]
    [InlineData(1, new[] { "Harbours", "Ships" })]
    [InlineData(2, new[] { "Harbours", "  Piers", "  Cranes", "Ships", "  Hulls" })]
    [InlineData(3, new[] { "Harbours", "  Piers", "    Bollards", "  Cranes", "Ships", "  Hulls" })]
    public void The_bookmarks_the_epub_navigation_and_the_printed_contents_list_the_same_headings(int depth, string[] expected)
    {
        using var project = Book(depth);
        var result = project.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(expected, Flatten(bookmarks.Roots, 0));

        using var epub = ZipFile.OpenRead(project.PathOf("out/sample.epub"));
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var nav = XDocument.Load(epub.GetEntry("EPUB/nav.xhtml")!.Open());
        var toc = nav.Descendants(xhtml + "nav").First(n => (string?)n.Attribute(XNamespace.Get("http://www.idpf.org/2007/ops") + "type") == "toc");
        Assert.Equal(expected, NavItems(toc.Element(xhtml + "ol")!, 0, xhtml));

        // The printed contents' page: each entry's words, in order.
        var contents = pdf.GetPages().First(p => p.Text.Contains("Contents", StringComparison.Ordinal)).Text;
        var at = 0;
        foreach (var title in expected.Select(e => e.Trim()))
        {
            var found = contents.IndexOf(title, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{title}' is not in the printed contents after position {at}: {contents}");
            at = found + title.Length;
        }
        Assert.Equal(depth == 3, contents.Contains("Bollards", StringComparison.Ordinal));
    }

    [Fact]
    public void A_citation_is_italic_in_print_as_in_the_epub_and_marks_and_insertions_look_alike_in_both()
    {
        using var project = TempProject.Empty();
        project.Write("content/sample/book.yml", "title: Sample\nlanguage: en\n");
        project.Write("content/sample/01.md", "# One\n\nI read \"\"Moby Dick\"\" twice, ==marked== and ++added++.\n");
        var result = project.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        Assert.Contains("Italic", words.Single(w => w.Text == "Moby").Letters[0].FontName);
        Assert.Contains("Regular", words.Single(w => w.Text == "twice,").Letters[0].FontName);

        using var epub = ZipFile.OpenRead(project.PathOf("out/sample.epub"));
        using var css = new StreamReader(epub.GetEntry("EPUB/style.css")!.Open());
        var stylesheet = css.ReadToEnd();
        Assert.Matches(@"cite \{\s*font-style: italic;", stylesheet);
        Assert.Matches(@"mark \{\s*background-color: #fff0a0;", stylesheet);
        Assert.Matches(@"ins \{\s*text-decoration: underline;", stylesheet);
        // The italic face the citation needs travels in the EPUB.
        Assert.Contains(epub.Entries, e => e.FullName.Contains("Italic", StringComparison.Ordinal));
        Assert.Contains("No errors or warnings detected.", Tools.Epubcheck(project.PathOf("out/sample.epub")));
    }

    private static List<string> Flatten(IReadOnlyList<BookmarkNode> nodes, int depth) =>
        nodes.SelectMany(n => Flatten(n.Children, depth + 1).Prepend(new string(' ', 2 * depth) + n.Title)).ToList();

    private static List<string> NavItems(XElement list, int depth, XNamespace xhtml) =>
        list.Elements(xhtml + "li").SelectMany(li =>
            (li.Element(xhtml + "ol") is { } inner ? NavItems(inner, depth + 1, xhtml) : [])
                .Prepend(new string(' ', 2 * depth) + li.Element(xhtml + "a")!.Value)).ToList();
}
