using System.Globalization;
using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>
/// The EPUB 2 table of contents (toc.ncx) for reading systems older than EPUB 3: the same
/// entries as the navigation document, numbered in reading order.
/// </summary>
internal static class NcxWriter
{
    private static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    public static string Write(Book book, IReadOnlyList<PageTarget>? pages = null)
    {
        pages ??= [];
        var entries = TableOfContents.For(book);
        var playOrder = 0;
        XElement NavPoint(TocEntry entry)
        {
            playOrder++;
            return new XElement(Ncx + "navPoint",
                new XAttribute("id", $"navpoint-{playOrder}"),
                new XAttribute("playOrder", playOrder),
                new XElement(Ncx + "navLabel", new XElement(Ncx + "text", entry.Text)),
                new XElement(Ncx + "content", new XAttribute("src", entry.Href)),
                entry.Children.Select(NavPoint).ToList());
        }
        var navMap = new XElement(Ncx + "navMap", entries.Select(NavPoint).ToList());

        static XElement Meta(string name, object content) =>
            new(Ncx + "meta", new XAttribute("name", name), new XAttribute("content", content));
        var ncx = new XElement(Ncx + "ncx",
            new XAttribute("version", "2005-1"),
            new XAttribute(XNamespace.Xml + "lang", book.Manifest.Language),
            new XElement(Ncx + "head",
                Meta("dtb:uid", book.Identifier),
                Meta("dtb:depth", Depth(entries)),
                Meta("dtb:totalPageCount", pages.Count),
                Meta("dtb:maxPageNumber", MaxPageNumber(pages))),
            new XElement(Ncx + "docTitle", new XElement(Ncx + "text", book.Manifest.Title)),
            navMap,
            PageList(pages, firstPlayOrder: playOrder + 1));
        return PackageDocumentWriter.Serialize(new XDocument(ncx));
    }

    /// <summary>
    /// The print edition's pages, as EPUB 2 reading systems know them. They are numbered on
    /// after the table of contents: each target gets its own playOrder, as the NCX requires.
    /// </summary>
    private static XElement? PageList(IReadOnlyList<PageTarget> pages, int firstPlayOrder)
    {
        if (pages.Count == 0) return null;
        var list = new XElement(Ncx + "pageList", new XElement(Ncx + "navLabel", new XElement(Ncx + "text", "Pages")));
        for (var i = 0; i < pages.Count; i++)
        {
            var numeric = int.TryParse(pages[i].Label, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
            list.Add(new XElement(Ncx + "pageTarget",
                new XAttribute("id", $"page-target-{i + 1}"),
                // A number is a "normal" page; a label such as "iv" belongs to the front matter.
                new XAttribute("type", numeric ? "normal" : "front"),
                numeric ? new XAttribute("value", value) : null,
                new XAttribute("playOrder", firstPlayOrder + i),
                new XElement(Ncx + "navLabel", new XElement(Ncx + "text", pages[i].Label)),
                new XElement(Ncx + "content", new XAttribute("src", pages[i].Href))));
        }
        return list;
    }

    private static int MaxPageNumber(IReadOnlyList<PageTarget> pages) => pages
        .Select(p => int.TryParse(p.Label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
        .DefaultIfEmpty(0).Max();

    private static int Depth(IEnumerable<TocEntry> entries) =>
        entries.Select(e => 1 + Depth(e.Children)).DefaultIfEmpty(0).Max();
}
