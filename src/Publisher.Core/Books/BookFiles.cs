using Publisher.Core.Images;

namespace Publisher.Core.Books;

/// <summary>
/// Every file a build of a book reads, each once, in a fixed order: book.yml, the chapters, the cover, the
/// images, then the template's files (template.yml and its bases, fonts, epub.css). All of them have passed
/// the path checks (<see cref="BookPaths"/>, <c>TemplateFolders</c>); the build cache hashes exactly these.
/// </summary>
public static class BookFiles
{
    public static IReadOnlyList<string> Of(Book book)
    {
        // A book made on the command line (--source) has no book.yml.
        var manifest = Path.Combine(book.Directory, "book.yml");
        var files = File.Exists(manifest) ? new List<string> { manifest } : [];
        files.AddRange(book.Chapters.Select(c => c.SourcePath));
        if (book.Manifest.Cover is { } cover) files.Add(Path.GetFullPath(Path.Combine(book.Directory, cover)));
        files.AddRange(BookImages.All(book).Select(image => image.Path));
        files.AddRange(book.Template.SourceFiles);
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
