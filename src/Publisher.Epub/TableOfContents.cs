using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>One entry of the table of contents: where it points (relative to the package document) and its text.</summary>
internal sealed record TocEntry(string Href, string Text, List<TocEntry> Children);

/// <summary>
/// The table of contents both the navigation document and the EPUB 2 NCX show: each chapter
/// by its title, with its h1 and h2 headings below.
/// </summary>
internal static class TableOfContents
{
    public static IReadOnlyList<TocEntry> For(Book book) => book.Chapters.Select(ChapterEntry).ToList();

    /// <summary>h2 headings nest under the h1 before them, or under the chapter when there is none.</summary>
    private static TocEntry ChapterEntry(Chapter chapter)
    {
        var file = EpubPaths.Chapter(chapter.Slug);
        var entry = new TocEntry(file, chapter.Title, []);
        TocEntry? lastH1 = null;
        foreach (var heading in ChapterHeadings.ForNavigation(chapter))
        {
            var child = new TocEntry($"{file}#{Uri.EscapeDataString(heading.Id)}", heading.Text, []);
            if (heading.Level == 1)
            {
                entry.Children.Add(child);
                lastH1 = child;
            }
            else
            {
                (lastH1 ?? entry).Children.Add(child);
            }
        }
        return entry;
    }
}
