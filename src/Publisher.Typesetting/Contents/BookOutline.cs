using Publisher.Core.Books;
using Publisher.Typesetting.Building;

namespace Publisher.Typesetting.Contents;

/// <summary>One bookmark: its depth (0 = top), its title and the named destination it opens.</summary>
public sealed record OutlineEntry(int Depth, string Title, string Destination);

/// <summary>
/// The PDF's bookmarks and printed contents: the book's contents (<see cref="BookContents"/>, the same entries
/// the EPUB's navigation lists), each opening at the named destination links to it use.
/// </summary>
public static class BookOutline
{
    public static List<OutlineEntry> From(Book book)
    {
        var entries = BookContents.Of(book)
            .Select(e => new OutlineEntry(e.Depth, e.Title,
                e.HeadingId is { } id ? LinkResolver.Destination(e.Chapter, id) : LinkResolver.Destination(e.Chapter)))
            .ToList();
        // The index, after the last chapter, as a chapter is listed.
        if (book.IndexTitle is { } index) entries.Add(new OutlineEntry(0, index, Building.BackMatter.IndexBuilder.IndexDestination));
        return entries;
    }
}
