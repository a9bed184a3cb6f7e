using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Paths;

namespace Publisher.Core.Checks;

/// <summary>
/// Files in a book's folder that nothing uses: not book.yml, not a chapter, not the cover, not an
/// image or a file a chapter links to. Usually a chapter left out of `chapters:` or a picture
/// that was replaced; either way the author should know.
/// </summary>
public static partial class UnusedFilesCheck
{
    public static IEnumerable<Diagnostic> Run(Book book, string projectRoot)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { Path.Combine(book.Directory, "book.yml") };
        // Raw HTML is never rendered as an image (Markdown/RawHtml), so a file only an <img> names is unused
        // in both formats; the warning says how to write it so it is used.
        var inRawHtml = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in book.Chapters) used.Add(chapter.SourcePath);
        if (book.Manifest.Cover is { } cover) used.Add(Path.GetFullPath(Path.Combine(book.Directory, cover)));
        foreach (var chapter in book.Chapters)
        {
            var folder = Path.GetDirectoryName(chapter.SourcePath)!;
            foreach (var link in chapter.Document.Descendants<LinkInline>())
            {
                var url = link.Url ?? "";
                if (url.Length == 0 || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1)
                    continue;
                var hash = url.IndexOf('#');
                var file = hash < 0 ? url : url[..hash];
                // Images and links resolve the same way, relative to the chapter (BookImages).
                if (file.Length > 0) used.Add(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(file))));
            }
            foreach (var src in RawHtmlOf(chapter.Document).SelectMany(html => ImageSource().Matches(html)).Select(m => m.Groups[1].Value))
                if (!src.Contains(':')) inRawHtml.TryAdd(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(src))), src);
        }

        return FolderFiles.Under(book.Directory)
            // Hidden files (.gitkeep, editor swap files) belong to tools, not to the book.
            .Where(f => !Path.GetRelativePath(book.Directory, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
            .Where(f => !used.Contains(f))
            .Order(StringComparer.Ordinal)
            .Select(f => new Diagnostic(Severity.Warning, DiagnosticCodes.UnusedFile,
                f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                    ? "this Markdown file is not a chapter of the book (book.yml's 'chapters' leaves it out)"
                    : inRawHtml.TryGetValue(f, out var src)
                        ? $"only an HTML <img> names this file, and raw HTML images are not rendered: write it as ![what it shows]({src})"
                        : "no chapter uses this file",
                SourceLocation.File(Path.GetRelativePath(projectRoot, f))));
    }

    private static IEnumerable<string> RawHtmlOf(MarkdownDocument document) =>
        document.Descendants<HtmlInline>().Select(tag => tag.Tag)
            .Concat(document.Descendants<HtmlBlock>().Select(block => block.Lines.ToString()));

    [GeneratedRegex(@"<img\b[^>]*?\bsrc\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();
}
