using System.Xml.Linq;

namespace Publisher.Epub.Tests;

/// <summary>The EPUB 2 table of contents (toc.ncx) older reading systems show.</summary>
public class NcxTests
{
    private sealed record Node(string Text, string Href, IReadOnlyList<Node> Children)
    {
        public override string ToString() =>
            $"{Text} -> {Href}" + (Children.Count == 0 ? "" : " [" + string.Join("; ", Children) + "]");
    }

    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void NcxIsInTheManifestAndNamedByTheSpine(string book)
    {
        var epub = Built.Get(book);
        var spine = epub.Package.Descendants(EpubFile.Opf + "spine").Single();
        var item = Assert.Single(epub.ManifestItems, i => i.Id == spine.Attribute("toc")?.Value);
        Assert.Equal("application/x-dtbncx+xml", item.MediaType);
        Assert.Equal("EPUB/toc.ncx", epub.NcxPath);
        Assert.True(epub.Entries.ContainsKey(epub.NcxPath));
    }

    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void NcxUidIsTheBookIdentifier(string book)
    {
        var epub = Built.Get(book);
        var uid = epub.Xml(epub.NcxPath).Descendants(EpubFile.Ncx + "meta")
            .Single(m => (string?)m.Attribute("name") == "dtb:uid").Attribute("content")!.Value;
        Assert.Equal(epub.Package.Descendants(EpubFile.Dc + "identifier").Single().Value, uid);
        Assert.StartsWith("urn:uuid:", uid);
    }

    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void NavMapMirrorsTheNavigationDocumentsTableOfContents(string book)
    {
        var epub = Built.Get(book);
        var ncx = epub.Xml(epub.NcxPath);
        var fromNcx = NcxNodes(ncx.Descendants(EpubFile.Ncx + "navMap").Single());
        var fromNav = NavNodes(epub.TableOfContents.Element(EpubFile.Xhtml + "ol")!);
        Assert.NotEmpty(fromNcx);
        // Both files sit next to package.opf, so the hrefs are the same strings.
        Assert.Equal(string.Join("\n", fromNav), string.Join("\n", fromNcx));
        Assert.Equal(Count(fromNav), Count(fromNcx));
        if (book == "sample") Assert.Contains(fromNcx.SelectMany(n => n.Children), n => n.Href == "text/01-getting-started.xhtml#why-a-sample");
    }

    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void NavPointsAreNumberedInReadingOrderWithUniqueIdsAndDepthDeclared(string book)
    {
        var epub = Built.Get(book);
        var ncx = epub.Xml(epub.NcxPath);
        var points = ncx.Descendants(EpubFile.Ncx + "navPoint").ToList();
        Assert.Equal(Enumerable.Range(1, points.Count).Select(n => n.ToString()), points.Select(p => p.Attribute("playOrder")!.Value));
        Assert.Equal(points.Count, points.Select(p => p.Attribute("id")!.Value).Distinct().Count());
        var depth = points.Max(p => p.AncestorsAndSelf(EpubFile.Ncx + "navPoint").Count());
        var declared = ncx.Descendants(EpubFile.Ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:depth");
        Assert.Equal(depth.ToString(), declared.Attribute("content")!.Value);
    }

    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void EveryNavPointTargetExists(string book)
    {
        var epub = Built.Get(book);
        foreach (var content in epub.Xml(epub.NcxPath).Descendants(EpubFile.Ncx + "content"))
        {
            var src = content.Attribute("src")!.Value;
            var target = EpubFile.Resolve(epub.NcxPath, src);
            Assert.Contains(target, epub.Spine);
            if (src.Split('#') is [_, var fragment])
                Assert.Contains(Uri.UnescapeDataString(fragment), epub.Xml(target).Descendants().Select(e => (string?)e.Attribute("id")));
        }
    }

    private static List<Node> NcxNodes(XElement parent) => parent.Elements(EpubFile.Ncx + "navPoint")
        .Select(p => new Node(p.Element(EpubFile.Ncx + "navLabel")!.Element(EpubFile.Ncx + "text")!.Value,
            p.Element(EpubFile.Ncx + "content")!.Attribute("src")!.Value, NcxNodes(p)))
        .ToList();

    private static List<Node> NavNodes(XElement ol) => ol.Elements(EpubFile.Xhtml + "li")
        .Select(li => new Node(li.Element(EpubFile.Xhtml + "a")!.Value, li.Element(EpubFile.Xhtml + "a")!.Attribute("href")!.Value,
            li.Element(EpubFile.Xhtml + "ol") is { } child ? NavNodes(child) : []))
        .ToList();

    private static int Count(IEnumerable<Node> nodes) => nodes.Sum(n => 1 + Count(n.Children));
}
