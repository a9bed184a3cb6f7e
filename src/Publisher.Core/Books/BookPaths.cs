using Publisher.Core.Diagnostics;

namespace Publisher.Core.Books;

/// <summary>Resolves paths written in a book's sources, keeping them inside the book's folder.</summary>
public static class BookPaths
{
    public static string Resolve(string bookDirectory, string relative, SourceLocation location)
    {
        var root = Path.GetFullPath(bookDirectory);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var inside = full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar,
            StringComparison.Ordinal);
        if (Path.IsPathRooted(relative) || !inside)
            throw BuildFailedException.At(location, DiagnosticCodes.PathOutsideBook,
                $"'{relative}' points outside the book's folder; sources may only use files inside it");
        return full;
    }
}
