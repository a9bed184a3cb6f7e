using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;
using Publisher.Typesetting.Building;

namespace Publisher.Typesetting.Contents;

/// <summary>One bookmark: its depth (0 = top), its title and the named destination it opens.</summary>
public sealed record OutlineEntry(int Depth, string Title, string Destination);

/// <summary>
/// The PDF's bookmarks, mirroring the heading tree: each chapter's top-level headings (down
/// to h3), opening at the same named destinations as the links. A chapter whose title is
/// not one of its headings (khojaly has none) gets an entry of its own above them.
/// </summary>
public static class BookOutline
{
    private const int DeepestLevel = 3;

    public static List<OutlineEntry> From(Book book)
    {
        var entries = new List<OutlineEntry>();
        foreach (var chapter in book.Chapters)
        {
            var shift = 0;
            if (!chapter.TitleIsHeading)
            {
                entries.Add(new OutlineEntry(0, chapter.Title, LinkResolver.Destination(chapter)));
                shift = 1;
            }
            foreach (var heading in chapter.Document.OfType<HeadingBlock>())
            {
                if (heading.Level > DeepestLevel || heading.TryGetAttributes()?.Id is not { } id) continue;
                var title = BookLoader.PlainText(heading.Inline);
                entries.Add(new OutlineEntry(heading.Level - 1 + shift, title, LinkResolver.Destination(chapter, id)));
            }
        }
        return entries;
    }
}
