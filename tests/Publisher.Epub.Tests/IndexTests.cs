using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>The EPUB's index document (EPUB Indexes): each locator leads to the exact place the text marks.</summary>
public class IndexTests
{
    private static readonly Lazy<EpubFile> Built = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("publisher-epub-index-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        };
        var book = Path.Combine(root, "content", "ix");
        Directory.CreateDirectory(book);
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: Index\nlanguage: en\n");
        File.WriteAllText(Path.Combine(book, "01-one.md"),
            "# One\n\nThe [harbour]{.index} at dusk, the [quay]{index=\"harbour!quay\"} and a [*Ferry*]{.index}.\n");
        File.WriteAllText(Path.Combine(book, "02-two.md"), "# Two\n\nThe [Harbour]{.index} again.\n");
        return new EpubFile(TestBooks.Build(new Project(root).LoadBook("ix", TestBooks.Epoch)));
    });

    private static EpubFile Epub => Built.Value;
    private static readonly XNamespace X = EpubFile.Xhtml;
    private static string IndexPath => Epub.Spine.Single(p => p.EndsWith("/index.xhtml", StringComparison.Ordinal));
    private static XDocument Index => Epub.Xml(IndexPath);

    private static string? Type(XElement e) => (string?)e.Attribute(EpubFile.Ops + "type");

    [Fact]
    public void The_index_follows_the_chapters_with_its_terms_under_their_letters()
    {
        Assert.Equal(IndexPath, Epub.Spine[^1]);
        var index = Assert.Single(Index.Descendants(X + "section"), s => Type(s) == "index");
        // The role a screen reader needs beside EPUB's type (Ace by DAISY's epub-type-has-matching-role).
        Assert.Equal("doc-index", (string?)index.Attribute("role"));
        var groups = Index.Descendants(X + "section").Where(s => Type(s) == "index-group").ToList();
        Assert.Equal(["F", "H"], groups.Select(g => g.Element(X + "h2")!.Value));
        var entries = groups.Select(g => g.Element(X + "ul")!.Elements(X + "li")
            .Select(li => EpubFile.CollapseSpace(string.Concat(li.Nodes().TakeWhile(n => n is not XElement { Name.LocalName: "ul" })
                .Select(n => n is XElement e ? e.Value : ((XText)n).Value))))).ToList();
        // Without a print edition the places are numbered as the index lists them.
        Assert.Equal(["Ferry, 1"], entries[0]);
        Assert.Equal(["harbour, 2, 3"], entries[1]);
        var sub = Assert.Single(groups[1].Descendants(X + "ul").Skip(1).SelectMany(u => u.Elements(X + "li")));
        Assert.Equal("quay, 4", EpubFile.CollapseSpace(sub.Value));
        // Each term is isolated from its page numbers: an Arabic term in an English index reads "مرحبا, 1", not "1 ,مرحبا".
        Assert.All(Index.Descendants(X + "span").Where(t => Type(t) == "index-term"), t => Assert.Equal("auto", (string?)t.Attribute("dir")));
    }

    [Fact]
    public void Every_locator_leads_to_the_marked_words()
    {
        var locators = Index.Descendants(X + "a").Where(a => Type(a) == "index-locator").ToList();
        Assert.Equal(4, locators.Count);
        var targets = locators.Select(a =>
        {
            var href = (string)a.Attribute("href")!;
            var file = EpubFile.Resolve(IndexPath, href[..href.IndexOf('#')]);
            var id = href[(href.IndexOf('#') + 1)..];
            return Epub.Xml(file).Descendants().Single(e => (string?)e.Attribute("id") == id);
        }).ToList();
        Assert.Equal(["Ferry", "harbour", "Harbour", "quay"], targets.Select(t => t.Value));
        Assert.All(targets, t => Assert.Equal(X + "span", t.Name));
        // The class that marked the span is an instruction, not markup.
        Assert.All(targets, t => Assert.Null(t.Attribute("class")));
    }

    [Fact]
    public void The_navigation_lists_the_index_and_its_landmark()
    {
        var toc = Epub.Navigation.Descendants(X + "nav").First(n => Type(n) == "toc");
        Assert.Equal("Index", toc.Descendants(X + "a").Last().Value);
        Assert.Contains(Epub.Landmarks.Descendants(X + "a"), a => Type(a) == "index" && ((string)a.Attribute("href")!).EndsWith("index.xhtml", StringComparison.Ordinal));
    }

    [EpubcheckFact]
    public void An_epub_with_an_index_passes_epubcheck()
    {
        var result = Epubcheck.Check(Epub.Bytes, "index");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }
}
