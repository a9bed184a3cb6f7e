using System.Text;
using Publisher.Core.Books;
using Publisher.Core.Manifest;

namespace Publisher.Epub;

/// <summary>
/// The imprint (copyright) page after the title page, as the PDF has one on the title page's
/// back: publisher, edition, date, rights and ISBN from book.yml (<see cref="ImprintLines"/>).
/// </summary>
internal static class ImprintPageWriter
{
    /// <summary>False when the template has no imprint or book.yml gives nothing to put on it.</summary>
    public static bool HasPage(Book book) => book.Template.Imprint.Enabled && ImprintLines.Of(book.Manifest).Count > 0;

    /// <summary>The page, opening with <paramref name="pageBreaks"/> (the print imprint's marker), or null when there is none.</summary>
    public static string? Write(Book book, string pageBreaks = "")
    {
        var lines = ImprintLines.Of(book.Manifest);
        if (!book.Template.Imprint.Enabled || lines.Count == 0) return null;
        var body = new StringBuilder(pageBreaks);
        body.Append("<section class=\"imprint\" epub:type=\"copyright-page\">\n");
        foreach (var line in lines) body.Append($"<p>{XhtmlPage.Escape(line)}</p>\n");
        body.Append("</section>\n");
        return XhtmlPage.Build(book.Manifest.Language, book.Manifest.Title, EpubPaths.Stylesheet, "frontmatter", body.ToString());
    }
}
