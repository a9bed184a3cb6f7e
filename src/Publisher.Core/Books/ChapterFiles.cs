using Publisher.Core.Diagnostics;
using Publisher.Core.Paths;

namespace Publisher.Core.Books;

/// <summary>
/// A book's chapter files in reading order, each at most once: <c>a.md</c>, <c>./a.md</c> and a link to
/// <c>a.md</c> are one file (told by real path), and the second time it comes is an error at that place.
/// </summary>
internal sealed class ChapterFiles
{
    private readonly Dictionary<string, (string Written, SourceLocation At)> _first = new(StringComparer.Ordinal);

    public List<string> Paths { get; } = [];

    /// <param name="file">The chapter's full path, already checked (<see cref="BookPaths"/>).</param>
    public void Add(string file, string written, SourceLocation at)
    {
        var real = RealPath.Of(file) ?? file;
        if (_first.TryGetValue(real, out var first))
            throw BuildFailedException.At(at, DiagnosticCodes.DuplicateChapter,
                $"'{written}' is the same file as the chapter '{first.Written}' ({first.At}); a chapter may come only once");
        _first[real] = (written, at);
        Paths.Add(file);
    }
}
