using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Checks;

/// <summary>
/// Images with no alternative text. The build accepts them, but a reader who cannot see the
/// picture (a screen reader, an EPUB reader with images off) gets nothing in its place, and
/// the EPUB's accessibility metadata can no longer claim `alternativeText`.
/// </summary>
public static class AltTextCheck
{
    public static IEnumerable<Diagnostic> Run(Book book) =>
        from chapter in book.Chapters
        from image in chapter.Document.Descendants<LinkInline>()
        where image.IsImage && BookLoader.PlainText(image).Length == 0
        select new Diagnostic(Severity.Warning, DiagnosticCodes.ImageWithoutAltText,
            $"image '{image.Url}' has no alternative text: write what it shows between the brackets, ![like this]({image.Url})",
            SourceChecks.Location(chapter, image));
}
