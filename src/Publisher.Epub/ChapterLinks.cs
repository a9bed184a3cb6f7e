using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>
/// Turns links between the book's Markdown files (<c>02-usage.md#setup</c>) into links
/// between the EPUB's chapter files (<c>02-usage.xhtml#setup</c>). Other links are kept.
/// </summary>
internal sealed class ChapterLinks
{
    private readonly Dictionary<string, string> _fileBySource;

    public ChapterLinks(IEnumerable<Chapter> chapters)
    {
        _fileBySource = chapters.ToDictionary(c => Path.GetFullPath(c.SourcePath), c => $"{c.Slug}.xhtml",
            StringComparer.Ordinal);
    }

    /// <summary>A rewriter for links written in <paramref name="chapter"/>.</summary>
    public Func<string, string> For(Chapter chapter)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(chapter.SourcePath))!;
        return url =>
        {
            if (url.Length == 0 || url[0] == '#' || url.StartsWith('/')) return url;
            var hash = url.IndexOf('#');
            var path = hash < 0 ? url : url[..hash];
            // A scheme (https:, mailto:) stands before any '#': a fragment may hold a colon (02.md#fig:quay, a label).
            if (path.Contains(':')) return url;
            var fragment = hash < 0 ? "" : url[hash..];
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return url;
            var target = Path.GetFullPath(Path.Combine(directory, Uri.UnescapeDataString(path)));
            // Every chapter file sits in the same folder of the EPUB.
            return _fileBySource.TryGetValue(target, out var file) ? file + fragment : url;
        };
    }
}
