using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Diagnostics;
using Publisher.Core.Images;
using Publisher.Core.Markdown;

namespace Publisher.Core.Books;

/// <summary>
/// Checks what the chapters point at, once for both formats: every link inside the
/// book lands on a chapter and a heading that exist, every image is a file inside the
/// book's folder. Raw HTML gets a warning that says what each format will do with it.
/// </summary>
public static class SourceChecks
{
    /// <summary>
    /// Returns the warnings. A broken link or image stops the build at the first one; given
    /// <paramref name="errors"/>, every one is collected there instead (<c>publisher check</c>).
    /// </summary>
    public static List<Diagnostic> Run(string bookDirectory, IReadOnlyList<Chapter> chapters, List<Diagnostic>? errors = null)
    {
        var ids = chapters.ToDictionary(c => c, Ids);
        var warnings = new List<Diagnostic>();
        var checkedImages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            foreach (var node in chapter.Document.Descendants())
            {
                switch (node)
                {
                    case LinkInline { IsImage: true } image:
                        try { CheckImage(bookDirectory, chapter, image, checkedImages); }
                        catch (BuildFailedException e) when (errors is not null) { errors.Add(e.Diagnostic); }
                        break;
                    case LinkInline link:
                        try { CheckLink(chapters, ids, chapter, link); }
                        catch (BuildFailedException e) when (errors is not null) { errors.Add(e.Diagnostic); }
                        break;
                    case HtmlBlock html when html.Type != HtmlBlockType.Comment && !RawHtml.IsComment(html.Lines.ToString()):
                        warnings.Add(RawHtmlWarning(chapter, html, html.Lines.ToString()));
                        break;
                    case LeafBlock { Inline: { } inlines }:
                        // Inline tags are judged together per paragraph: "<kbd>" and "</kbd>" are two
                        // nodes but one element (RawHtml.InlineSkeleton).
                        var tags = inlines.Descendants<HtmlInline>().Where(t => !RawHtml.IsComment(t.Tag)).ToList();
                        if (tags.Count > 0) warnings.Add(RawHtmlWarning(chapter, tags[0], RawHtml.InlineSkeleton(inlines)));
                        break;
                }
            }
        }
        return warnings;
    }

    /// <summary>Finds an image's file and, the first time it is shown, checks that it is whole and small enough.</summary>
    private static void CheckImage(string bookDirectory, Chapter chapter, LinkInline image, HashSet<string> checkedImages)
    {
        var resolved = BookImages.Resolve(bookDirectory, chapter, image);
        if (checkedImages.Add(resolved.Path))
            ImageLimits.Check(resolved, $"image '{image.Url}'", Location(chapter, image), BookImages.DisplayPath(chapter, resolved.Path));
    }

    /// <summary>The ids a link may point at in a chapter: headings, blocks given an id, and footnotes.</summary>
    public static HashSet<string> Ids(Chapter chapter)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in chapter.Document.Descendants<Block>())
        {
            if (block.TryGetAttributes()?.Id is { } id) ids.Add(id);
            // Both formats give a note the id Markdig does (FootnoteIds); notes never called are not set.
            if (block is Markdig.Extensions.Footnotes.Footnote { Order: > 0 } note) ids.Add(FootnoteIds.Note(note.Order));
        }
        return ids;
    }

    public static SourceLocation Location(Chapter chapter, MarkdownObject node) =>
        new(chapter.DisplayPath, node.Line + 1, node.Column + 1);

    private static void CheckLink(IReadOnlyList<Chapter> chapters, Dictionary<Chapter, HashSet<string>> ids,
        Chapter chapter, LinkInline link)
    {
        var url = link.Url ?? "";
        if (url.Length == 0 || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1) return;
        var hash = url.IndexOf('#');
        var file = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var target = chapter;
        if (file.Length > 0)
        {
            target = chapters.FirstOrDefault(c => SameFile(c, chapter, file))!;
            if (target is null)
            {
                // A link to another kind of file (a PDF beside the book, say) is left to the reader.
                if (!file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return;
                throw BuildFailedException.At(Location(chapter, link), DiagnosticCodes.LinkTargetMissing,
                    $"link to '{file}', which is not a chapter of this book");
            }
        }
        if (fragment is { Length: > 0 } && !ids[target].Contains(fragment))
            throw BuildFailedException.At(Location(chapter, link), DiagnosticCodes.LinkTargetMissing,
                $"link to '#{fragment}', but {(target == chapter ? "this chapter" : $"'{file}'")} has no heading with that id" +
                NearestName.Hint(fragment, ids[target]));
    }

    private static bool SameFile(Chapter candidate, Chapter from, string file)
    {
        var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from.SourcePath)!, Uri.UnescapeDataString(file)));
        return string.Equals(resolved, candidate.SourcePath, StringComparison.Ordinal);
    }

    private static Diagnostic RawHtmlWarning(Chapter chapter, MarkdownObject node, string html) =>
        new(Severity.Warning, DiagnosticCodes.RawHtml,
            RawHtml.IsSafeXhtml(html)
                ? "raw HTML: kept in the EPUB; the PDF sets only its text"
                : "raw HTML that is not well-formed XHTML (or has a script): shown as text in the EPUB; the PDF sets only its text",
            Location(chapter, node));
}
