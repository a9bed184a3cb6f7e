using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Images;

/// <summary>An image a chapter shows: the file inside the book it resolves to, and its type.</summary>
public sealed record BookImage(string Path, ImageFormat Format);

/// <summary>
/// Finds the file behind <c>![alt](url)</c>, the same way for the checks and both backends:
/// the URL is relative to the chapter's own file (as a Markdown previewer shows it), it must
/// stay inside the book's folder, exist, and be a PNG, JPEG, GIF or SVG file.
/// </summary>
public static class BookImages
{
    /// <summary>Every image the book's chapters show, in reading order (a file used twice comes twice).</summary>
    public static IEnumerable<BookImage> All(Book book) =>
        book.Chapters.SelectMany(chapter => chapter.Document.Descendants<LinkInline>()
            .Where(l => l.IsImage)
            .Select(image => Resolve(book.SourceDirectory, chapter, image)));

    public static BookImage Resolve(string bookDirectory, Chapter chapter, LinkInline image)
    {
        var location = SourceChecks.Location(chapter, image);
        var url = image.Url ?? "";
        if (url.Length == 0 || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1)
            throw BuildFailedException.At(location, DiagnosticCodes.ImageNotFound,
                url.Length == 0 ? "image without a file" :
                $"image '{url}' is not a file in the book: a book carries its images, so copy it into the book's folder");
        var chapterDirectory = Path.GetDirectoryName(chapter.SourcePath)!;
        var relative = Path.GetRelativePath(bookDirectory, Path.Combine(chapterDirectory, Uri.UnescapeDataString(url)));
        var full = BookPaths.Resolve(bookDirectory, relative, location);
        if (!File.Exists(full))
            throw BuildFailedException.At(location, DiagnosticCodes.ImageNotFound, $"image '{url}' not found");
        var format = ImageFormats.Detect(full) ?? throw BuildFailedException.At(location, DiagnosticCodes.ImageUnreadable,
            $"image '{url}' is not a PNG, JPEG, GIF or SVG file (the types every EPUB reader shows)");
        return new BookImage(full, format);
    }

    /// <summary>
    /// An image file's path as diagnostics show it (relative to the project, as the chapter's own is):
    /// the file's path from the chapter's folder, put beside the chapter's shown path.
    /// </summary>
    public static string DisplayPath(Chapter chapter, string file)
    {
        var beside = Path.Join(Path.GetDirectoryName(chapter.DisplayPath),
            Path.GetRelativePath(Path.GetDirectoryName(chapter.SourcePath)!, file));
        // Folds "chapters/../figures" into "figures" without touching the file system.
        var anchor = Path.GetFullPath(Path.DirectorySeparatorChar + "project");
        return Path.GetRelativePath(anchor, Path.GetFullPath(beside, anchor));
    }
}
