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

    public static string Write(Book book)
    {
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
                Meta("dtb:totalPageCount", 0),
                Meta("dtb:maxPageNumber", 0)),
            new XElement(Ncx + "docTitle", new XElement(Ncx + "text", book.Manifest.Title)),
            navMap);
        return PackageDocumentWriter.Serialize(new XDocument(ncx));
    }

    private static int Depth(IEnumerable<TocEntry> entries) =>
        entries.Select(e => 1 + Depth(e.Children)).DefaultIfEmpty(0).Max();
}
