using Publisher.Core.Text;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>What the accessibility metadata says about the book's content; HasPageList: it marks the print edition's pages.</summary>
internal sealed record Accessibility(bool HasImages, bool AllImagesHaveAltText, bool HasPageList = false);

/// <summary>
/// The package document (package.opf): the book's metadata, every file it holds and the
/// reading order. Written as EPUB 3.3 (whose package version attribute is still "3.0").
/// </summary>
internal static class PackageDocumentWriter
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private const string IdentifierId = "pub-id";
    private const string PageSourceId = "print-source";

    public static string Write(Book book, IReadOnlyList<ManifestItem> items, Accessibility accessibility)
    {
        var manifest = book.Manifest;
        var metadata = new XElement(Opf + "metadata", new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XElement(Dc + "identifier", new XAttribute("id", IdentifierId), book.Identifier),
            new XElement(Dc + "title", new XAttribute("id", "title"), manifest.Title));
        if (!string.IsNullOrEmpty(manifest.Subtitle))
        {
            metadata.Add(
                new XElement(Dc + "title", new XAttribute("id", "subtitle"), manifest.Subtitle),
                Meta("title-type", "main", refines: "title"),
                Meta("title-type", "subtitle", refines: "subtitle"));
        }
        metadata.Add(new XElement(Dc + "language", manifest.Language));
        for (var i = 0; i < manifest.Authors.Count; i++)
        {
            var id = $"creator-{i + 1}";
            metadata.Add(
                new XElement(Dc + "creator", new XAttribute("id", id), manifest.Authors[i]),
                Meta("role", "aut", refines: id, scheme: "marc:relators"));
        }
        if (manifest.Date is { } date)
            metadata.Add(new XElement(Dc + "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(manifest.Publisher)) metadata.Add(new XElement(Dc + "publisher", manifest.Publisher));
        if (!string.IsNullOrEmpty(manifest.Rights)) metadata.Add(new XElement(Dc + "rights", manifest.Rights));
        if (!string.IsNullOrEmpty(manifest.Description)) metadata.Add(new XElement(Dc + "description", manifest.Description));
        // The page breaks come from the print edition made from the same sources, which has no
        // identifier of its own: the book's identifier names it (EPUB Accessibility 1.1, 2.6). The
        // refinement says that dc:source is where the pagination comes from: EPUB 3.0.1's source-of,
        // which Debian's epubcheck 4.2.6 knows and Ace reads as the page source; EPUB 3.3's
        // pageBreakSource property is an error to that epubcheck (docs/epub-accessibility.md).
        if (accessibility.HasPageList)
        {
            metadata.Add(new XElement(Dc + "source", new XAttribute("id", PageSourceId), book.Identifier),
                Meta("source-of", "pagination", refines: PageSourceId));
        }
        metadata.Add(Meta("dcterms:modified", Modified(book.Timestamp)));
        metadata.Add(AccessibilityMetadata(accessibility));

        var package = new XElement(Opf + "package",
            new XAttribute("version", "3.0"),
            new XAttribute("unique-identifier", IdentifierId),
            new XAttribute(XNamespace.Xml + "lang", manifest.Language),
            metadata,
            new XElement(Opf + "manifest", items.Select(item => new XElement(Opf + "item",
                new XAttribute("id", item.Id),
                new XAttribute("href", item.Href),
                new XAttribute("media-type", item.MediaType),
                item.Properties is null ? null : new XAttribute("properties", item.Properties)))),
            new XElement(Opf + "spine",
                new XAttribute("toc", "ncx"),
                TextDirection.IsRightToLeft(manifest.Language) ? new XAttribute("page-progression-direction", "rtl") : null,
                items.Where(i => i.InSpine).Select(item =>
                new XElement(Opf + "itemref", new XAttribute("idref", item.Id),
                    item.Linear ? null : new XAttribute("linear", "no")))));
        return Serialize(new XDocument(package));
    }

    /// <summary>
    /// Schema.org accessibility metadata (EPUB Accessibility 1.1): the book is text, with pictures
    /// when it has any; headings, a table of contents and a reading order to move through it;
    /// styles a reader may change; nothing that flashes, moves or makes a sound.
    /// </summary>
    private static IEnumerable<XElement> AccessibilityMetadata(Accessibility accessibility)
    {
        yield return Meta("schema:accessMode", "textual");
        if (accessibility.HasImages) yield return Meta("schema:accessMode", "visual");
        yield return Meta("schema:accessModeSufficient", "textual");
        yield return Meta("schema:accessibilityFeature", "structuralNavigation");
        yield return Meta("schema:accessibilityFeature", "tableOfContents");
        yield return Meta("schema:accessibilityFeature", "readingOrder");
        if (accessibility.HasPageList)
        {
            yield return Meta("schema:accessibilityFeature", "pageBreakMarkers");
            yield return Meta("schema:accessibilityFeature", "pageNavigation");
        }
        if (accessibility.HasImages && accessibility.AllImagesHaveAltText)
            yield return Meta("schema:accessibilityFeature", "alternativeText");
        yield return Meta("schema:accessibilityFeature", "displayTransformability");
        yield return Meta("schema:accessibilityHazard", "none");
        yield return Meta("schema:accessibilitySummary", accessibility.HasImages
            ? accessibility.AllImagesHaveAltText
                ? "A text book with headings, a table of contents and a reading order; every image has alternative text."
                : "A text book with headings, a table of contents and a reading order; some images have no alternative text."
            : "A text book with headings, a table of contents and a reading order, and no images.");
    }

    /// <summary>EPUB requires exactly this form: UTC, to the second, with a Z.</summary>
    public static string Modified(DateTimeOffset timestamp) =>
        timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static XElement Meta(string property, string value, string? refines = null, string? scheme = null) =>
        new(Opf + "meta",
            refines is null ? null : new XAttribute("refines", "#" + refines),
            new XAttribute("property", property),
            scheme is null ? null : new XAttribute("scheme", scheme),
            value);

    /// <summary>UTF-8 without a byte order mark and with \n line ends, whatever the platform.</summary>
    internal static string Serialize(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings)) document.Save(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
