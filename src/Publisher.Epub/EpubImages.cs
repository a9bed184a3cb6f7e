using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Images;

namespace Publisher.Epub;

/// <summary>
/// The images the chapters show, each file copied into the EPUB once (under images/, named
/// after the source file) with a manifest item whose media type comes from the file's
/// content. Chapters' image URLs are rewritten to point at the copies.
/// </summary>
internal sealed class EpubImages
{
    private readonly List<(ManifestItem Item, string Source)> _files = [];
    private readonly Dictionary<Chapter, Dictionary<string, string>> _hrefs = [];

    public EpubImages(Book book)
    {
        var hrefByFile = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chapter in book.Chapters)
        {
            var hrefs = _hrefs[chapter] = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var image in chapter.Document.Descendants<LinkInline>().Where(l => l.IsImage))
            {
                var resolved = BookImages.Resolve(book.SourceDirectory, chapter, image);
                if (!hrefByFile.TryGetValue(resolved.Path, out var href))
                {
                    href = $"{EpubPaths.ImageFolder}/{UniqueName(resolved, names)}";
                    hrefByFile[resolved.Path] = href;
                    _files.Add((new ManifestItem($"image-{_files.Count + 1}", href, ImageFormats.MediaType(resolved.Format)),
                        resolved.Path));
                }
                hrefs[image.Url!] = href;
                if (BookLoader.PlainText(image).Trim().Length == 0) AllHaveAltText = false;
            }
        }
    }

    /// <summary>Whether every image the chapters show has alternative text (true when there are none).</summary>
    public bool AllHaveAltText { get; } = true;

    /// <summary>Manifest items of the copied images, in the order the book first shows them.</summary>
    public IEnumerable<ManifestItem> Items => _files.Select(f => f.Item);

    /// <summary>
    /// Each copy's href (relative to the package document), the source file's bytes (an SVG's cleaned), and
    /// whether zipping can shrink it: PNG, JPEG and GIF are compressed already, SVG is text.
    /// </summary>
    public IEnumerable<(string Href, byte[] Data, bool Compress)> Files() =>
        _files.Select(f => (f.Item.Href, Bytes(f.Source, f.Item.MediaType), f.Item.MediaType == ImageFormats.MediaType(ImageFormat.Svg)));

    /// <summary>A file as the EPUB carries it: an SVG cleaned of what could run or fetch (<see cref="SvgSanitizer"/>), others as they are.</summary>
    public static byte[] Bytes(string path, string mediaType) =>
        mediaType == ImageFormats.MediaType(ImageFormat.Svg) ? SvgSanitizer.Sanitize(path).Data : File.ReadAllBytes(path);

    /// <summary>
    /// Rewrites the URLs a chapter's XHTML points at: its images to their copies, anything
    /// else through <paramref name="other"/> (links between chapters).
    /// </summary>
    public Func<string, string> Rewriter(Chapter chapter, Func<string, string> other)
    {
        var hrefs = _hrefs[chapter];
        return url => hrefs.TryGetValue(url, out var href) ? EpubPaths.FromChapter(href) : other(url);
    }

    /// <summary>
    /// The source file's name, kept to characters that need no escaping in a URL, with the
    /// extension of its real type; "-2", "-3" for a second file of the same name.
    /// </summary>
    private static string UniqueName(BookImage image, HashSet<string> taken)
    {
        var stem = new string(Path.GetFileNameWithoutExtension(image.Path)
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        if (stem.Length == 0) stem = "image";
        var extension = ImageFormats.Extension(image.Format);
        var name = stem + extension;
        for (var n = 2; !taken.Add(name); n++) name = $"{stem}-{n}{extension}";
        return name;
    }
}
