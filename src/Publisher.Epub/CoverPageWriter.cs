using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>
/// The cover page (cover.xhtml), first in the reading order when book.yml names a cover:
/// the cover image alone, its alternative text naming the book. The page is the book's <c>cover</c> (EPUB's
/// partition, on the body, where no ARIA role may stand); the picture is <c>doc-cover</c>, the role DPUB-ARIA
/// gives a cover image (and only an image), so a screen reader says what it is.
/// </summary>
internal static class CoverPageWriter
{
    /// <summary>The cover page, opening with <paramref name="pageBreaks"/> (the print cover's marker).</summary>
    public static string Write(Book book, string imageHref, string pageBreaks = "")
    {
        var manifest = book.Manifest;
        var body = pageBreaks + "<section class=\"cover\">\n" +
            $"<img role=\"doc-cover\" src=\"{XhtmlPage.Escape(imageHref)}\" alt=\"{XhtmlPage.Escape(AltText(book))}\" />\n" +
            "</section>\n";
        return XhtmlPage.Build(manifest.Language, manifest.Title, EpubPaths.Stylesheet, "cover", body);
    }

    public static string AltText(Book book) => CoverText.Alt(book);
}
