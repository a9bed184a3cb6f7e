using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>One entry of the table of contents: where it points (relative to the package document) and its text.</summary>
internal sealed record TocEntry(string Href, string Text, List<TocEntry> Children);

/// <summary>
/// The table of contents both the navigation document and the EPUB 2 NCX show: the book's contents
/// (<see cref="BookContents"/>, the same entries as the PDF's bookmarks and printed contents), nested by depth.
/// </summary>
internal static class TableOfContents
{
    public static IReadOnlyList<TocEntry> For(Book book)
    {
        var roots = new List<TocEntry>();
        // The entry last seen at each depth: a deeper entry nests in the one above it.
        var open = new List<TocEntry>();
        foreach (var entry in BookContents.Of(book))
        {
            var file = EpubPaths.Chapter(entry.Chapter.Slug);
            var item = new TocEntry(entry.HeadingId is { } id ? $"{file}#{Uri.EscapeDataString(id)}" : file, entry.Title, []);
            var depth = Math.Min(entry.Depth, open.Count);
            if (depth == 0) roots.Add(item);
            else open[depth - 1].Children.Add(item);
            open.RemoveRange(depth, open.Count - depth);
            open.Add(item);
        }
        // The index, after the last chapter, as the PDF's bookmarks and printed contents list it.
        if (book.IndexTitle is { } index) roots.Add(new TocEntry(EpubPaths.Index, index, []));
        return roots;
    }
}
