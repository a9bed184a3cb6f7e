using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>A heading a reader can jump to from the table of contents.</summary>
internal sealed record ChapterHeading(int Level, string Id, string Text);

internal static class ChapterHeadings
{
    /// <summary>
    /// The h1 and h2 headings of a chapter that carry an id, in order. The heading the
    /// chapter takes its title from is left out: the chapter's own entry already points there.
    /// </summary>
    public static IReadOnlyList<ChapterHeading> ForNavigation(Chapter chapter)
    {
        var headings = chapter.Document.Descendants<HeadingBlock>().ToList();
        var skip = chapter.TitleIsHeading && headings.Count > 0 ? headings[0] : null;
        return headings
            .Where(h => h != skip && h.Level <= 2)
            .Select(h => (Heading: h, Id: h.GetAttributes().Id, Text: BookLoader.PlainText(h.Inline)))
            // A nav entry with no text or no target is an error in EPUB.
            .Where(h => !string.IsNullOrEmpty(h.Id) && h.Text.Length > 0)
            .Select(h => new ChapterHeading(h.Heading.Level, h.Id!, h.Text))
            .ToList();
    }
}
