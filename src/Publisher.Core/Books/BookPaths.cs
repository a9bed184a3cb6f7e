using Publisher.Core.Diagnostics;
using Publisher.Core.Paths;

namespace Publisher.Core.Books;

/// <summary>
/// Resolves paths written in a book's sources, keeping them inside the book's folder: as written
/// (no <c>..</c> out of it, no absolute path) and as they really lead, symbolic links followed,
/// to a regular file (<see cref="ReadableFolders"/>). Every file of a book is read through here.
/// </summary>
public static class BookPaths
{
    private const string Rule = "sources may only use files inside it";

    /// <summary>The full path of <paramref name="relative"/> inside the book, checked; it may not exist (the caller says so).</summary>
    public static string Resolve(string bookDirectory, string relative, SourceLocation location)
    {
        var root = Path.GetFullPath(bookDirectory);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var inside = full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar,
            StringComparison.Ordinal);
        if (Path.IsPathRooted(relative) || !inside)
            throw BuildFailedException.At(location, DiagnosticCodes.PathOutsideBook,
                $"'{relative}' points outside the book's folder; {Rule}");
        Folder(root).Check(full, relative, location);
        return full;
    }

    /// <summary>
    /// The real path of a file found in the book's folder rather than named in its sources (a chapter
    /// taken as one of the *.md, book.yml), checked like a named one and reported at the file itself.
    /// </summary>
    public static string? Check(string bookDirectory, string file, SourceLocation location) =>
        Folder(bookDirectory).Check(file, Path.GetRelativePath(bookDirectory, file), location);

    /// <summary>
    /// Refuses a book folder that is a symbolic link out of the folder that holds it (content/): the
    /// book's files are then not the project's. A link to another folder inside content/ is allowed.
    /// </summary>
    public static void CheckFolder(string bookDirectory, SourceLocation location)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(bookDirectory));
        var content = Path.GetDirectoryName(full)!;
        var real = RealPath.Of(full);
        if (real is null || RealPath.Of(content) is not { } realContent || !RealPath.IsInside(real, realContent) || real == realContent)
            throw BuildFailedException.At(location, DiagnosticCodes.PathOutsideBook,
                $"the book's folder is a symbolic link to {real ?? "a loop of links"}, outside {Path.GetFileName(content)}/; " +
                "a book's files must lie in the project");
    }

    private static ReadableFolders Folder(string bookDirectory) => new("the book's folder", Rule, bookDirectory);
}
