using System.Text;
using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>
/// The title page, as the PDF has one: title, subtitle and authors from book.yml. It is
/// the only text in the EPUB that is not in the chapters.
/// </summary>
internal static class TitlePageWriter
{
    /// <summary>The title page, opening with <paramref name="pageBreaks"/> (the print title page's marker).</summary>
    public static string Write(Book book, string pageBreaks = "")
    {
        var manifest = book.Manifest;
        var body = new StringBuilder(pageBreaks);
        body.Append("<section class=\"title-page\" epub:type=\"titlepage\">\n");
        body.Append($"<p class=\"title\">{XhtmlPage.Escape(manifest.Title)}</p>\n");
        if (!string.IsNullOrEmpty(manifest.Subtitle))
            body.Append($"<p class=\"subtitle\">{XhtmlPage.Escape(manifest.Subtitle)}</p>\n");
        foreach (var author in manifest.Authors)
            body.Append($"<p class=\"author\">{XhtmlPage.Escape(author)}</p>\n");
        body.Append("</section>\n");
        return XhtmlPage.Build(manifest.Language, manifest.Title, EpubPaths.Stylesheet, "frontmatter", body.ToString());
    }
}
