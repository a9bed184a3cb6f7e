using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>
/// The cover page (cover.xhtml), first in the reading order when book.yml names a cover:
/// the cover image alone, its alternative text naming the book.
/// </summary>
internal static class CoverPageWriter
{
    /// <summary>The cover page, opening with <paramref name="pageBreaks"/> (the print cover's marker).</summary>
    public static string Write(Book book, string imageHref, string pageBreaks = "")
    {
        var manifest = book.Manifest;
        var body = pageBreaks + $"<section class=\"cover\" epub:type=\"cover\">\n" +
            $"<img src=\"{XhtmlPage.Escape(imageHref)}\" alt=\"{XhtmlPage.Escape(AltText(book))}\" />\n" +
            "</section>\n";
        return XhtmlPage.Build(manifest.Language, manifest.Title, EpubPaths.Stylesheet, "cover", body);
    }

    public static string AltText(Book book) => CoverText.Alt(book);
}
