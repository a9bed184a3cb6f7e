using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Publisher.Core.Books;

/// <summary>
/// One line of the book's contents: a chapter (<see cref="HeadingId"/> null: it opens at the chapter's start) or a
/// heading in it, at a depth from 0 (the chapter) down.
/// </summary>
public sealed record ContentsEntry(int Depth, string Title, Chapter Chapter, string? HeadingId);

/// <summary>
/// The book's contents, decided once for all three places that list them: the printed contents, the PDF's
/// bookmarks and the EPUB's navigation (nav and NCX). They used to disagree (bookmarks went down to h3, the EPUB
/// to h2). Each chapter is an entry by its title; the heading it takes that title from is that entry. Its other
/// headings follow, one level deeper than the title heading's for each level below it (an h2 under an h1 title is
/// depth 1), never at the chapter's own depth. The template's <c>toc.depth</c> says how deep all three go, as
/// LaTeX's hyperref makes bookmarks follow tocdepth: 1, chapters; 2, and their sections; 3, and subsections.
/// A heading with no id (nothing to lead to) or no text (nothing to show) is left out.
/// </summary>
public static class BookContents
{
    public static IReadOnlyList<ContentsEntry> Of(Book book)
    {
        var depth = book.Template.Toc.Depth;
        var entries = new List<ContentsEntry>();
        foreach (var chapter in book.Chapters)
        {
            // A page of a part (a documentation folder's subfolder) nests under the part's index page.
            if (chapter.Depth >= depth) continue;
            entries.Add(new ContentsEntry(chapter.Depth, chapter.Title, chapter, null));
            var headings = chapter.Document.Descendants<HeadingBlock>().ToList();
            var title = chapter.TitleIsHeading && headings.Count > 0 ? headings[0] : null;
            var titleLevel = title?.Level ?? 0;
            foreach (var heading in headings)
            {
                if (heading == title) continue;
                var level = chapter.Depth + Math.Max(1, heading.Level - titleLevel);
                if (level >= depth || heading.TryGetAttributes()?.Id is not { Length: > 0 } id) continue;
                var text = BookLoader.PlainText(heading.Inline);
                if (text.Length > 0) entries.Add(new ContentsEntry(level, text, chapter, id));
            }
        }
        return entries;
    }
}
