using Publisher.Core.Books;

namespace Publisher.Typesetting.Building;

/// <summary>
/// Maps a Markdown link target to a PDF target: a URI for the outside world, or a named
/// destination ("chapter-slug/heading-id") for a place in the book.
/// </summary>
/// <param name="chapters">The book's chapters by the full path of their source (<see cref="BySource"/>), made once per book.</param>
internal sealed class LinkResolver(IReadOnlyDictionary<string, Chapter> chapters, Chapter chapter)
{
    /// <summary>The index a book's links are resolved in: every link of every chapter looks its target up here.</summary>
    public static Dictionary<string, Chapter> BySource(Book book) =>
        book.Chapters.ToDictionary(c => Path.GetFullPath(c.SourcePath), StringComparer.Ordinal);

    public static string Destination(Chapter chapter, string? id = null) =>
        id is null ? chapter.Slug : $"{chapter.Slug}/{id}";

    public (string? Uri, string? Destination) Resolve(string url)
    {
        if (url.Length == 0) return (null, null);
        if (url.StartsWith('#')) return (null, Destination(chapter, Uri.UnescapeDataString(url[1..])));
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1) return (url, null);
        var hash = url.IndexOf('#');
        var file = hash < 0 ? url : url[..hash];
        // The chapter the path names from this chapter's folder (chapters in subfolders may share a file name: index.md).
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(chapter.SourcePath)!, Uri.UnescapeDataString(file)));
        var target = chapters.GetValueOrDefault(full);
        return target is null ? (null, null) : (null, Destination(target, hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..])));
    }
}
