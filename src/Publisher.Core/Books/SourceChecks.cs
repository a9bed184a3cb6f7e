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
/// book's folder. A link neither format can follow (a scheme other than http, https or
/// mailto; a file that is not a chapter) becomes its text, with a warning (<see cref="LinkText"/>).
/// Raw HTML gets a warning that says what each format will do with it.
/// </summary>
public static class SourceChecks
{
    /// <summary>
    /// Returns the warnings. A broken link or image stops the build at the first one; given
    /// <paramref name="errors"/>, every one is collected there instead (<c>publisher check</c>).
    /// </summary>
    /// <param name="siteUrl">book.yml's <c>site-url</c>: where links to pages that are not in the book lead (null: they become text).</param>
    public static List<Diagnostic> Run(string bookDirectory, IReadOnlyList<Chapter> chapters, List<Diagnostic>? errors = null,
        string? siteUrl = null)
    {
        var ids = chapters.ToDictionary(c => c, Ids);
        var warnings = new List<Diagnostic>();
        // Each image file is checked once, however many times it is shown.
        var checkedImages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            // A list: links set as text leave the tree while it is walked.
            foreach (var node in chapter.Document.Descendants().ToList())
            {
                switch (node)
                {
                    case LinkInline { IsImage: true } image:
                        try
                        {
                            var resolved = BookImages.Resolve(bookDirectory, chapter, image);
                            if (!checkedImages.Add(resolved.Path)) break;
                            ImageLimits.Check(resolved, $"image '{image.Url}'", Location(chapter, image), BookImages.DisplayPath(chapter, resolved.Path));
                            if (resolved.Format == ImageFormat.Svg) warnings.AddRange(SvgWarnings(chapter, image, resolved.Path));
                        }
                        catch (BuildFailedException e) when (errors is not null) { errors.Add(e.Diagnostic); }
                        break;
                    case LinkInline link:
                        try
                        {
                            if (CheckLink(bookDirectory, chapters, ids, chapter, link, siteUrl) is { } unfollowable)
                            {
                                warnings.Add(unfollowable);
                                LinkText.Replace(link);
                            }
                        }
                        catch (BuildFailedException e) when (errors is not null) { errors.Add(e.Diagnostic); }
                        break;
                    case AutolinkInline autolink when !autolink.IsEmail && LinkTargets.Classify(autolink.Url) != LinkTargetKind.External:
                        warnings.Add(UnsafeScheme(chapter, autolink, autolink.Url));
                        LinkText.Replace(autolink);
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

    /// <summary>The ids a link may point at in a chapter: headings, blocks given an id, raw HTML kept in the EPUB, and footnotes.</summary>
    public static HashSet<string> Ids(Chapter chapter)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in chapter.Document.Descendants<Block>())
        {
            if (block.TryGetAttributes()?.Id is { } id) ids.Add(id);
            // Raw HTML's anchors (<a id="x"></a>), which documentation written for GitHub links to.
            ids.UnionWith(RawHtml.IdsIn(block));
            // Both formats give a note the id Markdig does (FootnoteIds); notes never called are not set.
            if (block is Markdig.Extensions.Footnotes.Footnote { Order: > 0 } note) ids.Add(FootnoteIds.Note(note.Order));
        }
        return ids;
    }

    public static SourceLocation Location(Chapter chapter, MarkdownObject node) =>
        new(chapter.DisplayPath, node.Line + 1, node.Column + 1);

    /// <summary>
    /// Null when the link can be followed in both formats; a warning when it cannot and is to be set as text.
    /// Throws PUB040 for a link into the book that is broken: a missing heading, or a Markdown file in the
    /// book's folder that does not exist (a mistyped chapter name).
    /// </summary>
    private static Diagnostic? CheckLink(string bookDirectory, IReadOnlyList<Chapter> chapters,
        Dictionary<Chapter, HashSet<string>> ids, Chapter chapter, LinkInline link, string? siteUrl)
    {
        var url = link.Url ?? "";
        switch (LinkTargets.Classify(url))
        {
            case LinkTargetKind.External:
                return null;
            case LinkTargetKind.UnsafeScheme:
                return UnsafeScheme(chapter, link, url);
            case LinkTargetKind.Rooted when url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('\\'):
                return OutsideBook(chapter, link, url, "an address without a scheme");
        }
        if (url.Length == 0) return null;
        var hash = url.IndexOf('#');
        var file = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var target = chapter;
        if (file.Length > 0)
        {
            var path = Uri.UnescapeDataString(file);
            var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(chapter.SourcePath)!, path.TrimStart('/')));
            target = path.StartsWith('/') ? null! : chapters.FirstOrDefault(c => string.Equals(resolved, c.SourcePath, StringComparison.Ordinal))!;
            if (target is null && SiteLinks.Find(bookDirectory, chapter, chapters, path) is { } page)
            {
                // A link as a documentation site writes it (no .md, .html, a folder, from the site's root): the chapter's file.
                link.Url = SiteLinks.Href(chapter, page, fragment);
                target = page;
            }
            if (target is null)
            {
                var inBook = resolved.StartsWith(Path.GetFullPath(bookDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (inBook && !path.StartsWith('/') && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !File.Exists(resolved))
                    throw BuildFailedException.At(Location(chapter, link), DiagnosticCodes.LinkTargetMissing,
                        $"link to '{file}', which is not a chapter of this book");
                if (siteUrl is not null)
                {
                    // A page of the site that is not in the book: read on the site.
                    link.Url = SiteLinks.OnSite(siteUrl, bookDirectory, chapter, url);
                    return null;
                }
                return path.StartsWith('/') ? OutsideBook(chapter, link, file, "a path from the site's root to no chapter of the book (book.yml 'site-url' would make it a web link)")
                    : !inBook ? OutsideBook(chapter, link, file, "a file outside the book's folder")
                    : Path.GetExtension(path.TrimEnd('/')).Length == 0 ? OutsideBook(chapter, link, file, "a page that is not in the book (book.yml 'site-url' would make it a web link)")
                    : OutsideBook(chapter, link, file, "a file that is not a chapter; the EPUB carries only chapters and the images they show");
            }
        }
        if (fragment is { Length: > 0 } && !ids[target].Contains(fragment))
            throw BuildFailedException.At(Location(chapter, link), DiagnosticCodes.LinkTargetMissing,
                $"link to '#{fragment}', but {(target == chapter ? "this chapter" : $"'{file}'")} has no heading with that id" +
                NearestName.Hint(fragment, ids[target]));
        return null;
    }

    /// <summary>What <see cref="SvgSanitizer"/> takes out of an SVG, each at the line of the chapter that first shows it.</summary>
    private static IEnumerable<Diagnostic> SvgWarnings(Chapter chapter, LinkInline image, string path)
    {
        SanitizedSvg svg;
        try { svg = SvgSanitizer.Sanitize(path); }
        catch (InvalidDataException e)
        {
            throw BuildFailedException.At(Location(chapter, image), DiagnosticCodes.ImageUnreadable,
                $"image '{image.Url}' is not a readable SVG file: {e.Message}");
        }
        return svg.Dropped.Select(drop => new Diagnostic(Severity.Warning, DiagnosticCodes.SvgContentDropped,
            $"'{image.Url}' line {drop.Line}: {drop.What} left out ({drop.Why})", Location(chapter, image)));
    }

    private static Diagnostic UnsafeScheme(Chapter chapter, MarkdownObject link, string url) =>
        new(Severity.Warning, DiagnosticCodes.UnsafeLink,
            $"link with the scheme '{LinkTargets.Scheme(url.Trim())}:' set as plain text: only {string.Join(", ", LinkTargets.AllowedSchemes)} " +
            "links and links inside the book are kept", Location(chapter, link));

    private static Diagnostic OutsideBook(Chapter chapter, MarkdownObject link, string file, string what) =>
        new(Severity.Warning, DiagnosticCodes.LinkOutsideBook, $"link to '{file}' set as plain text: it is {what}",
            Location(chapter, link));

    private static Diagnostic RawHtmlWarning(Chapter chapter, MarkdownObject node, string html) =>
        new(Severity.Warning, DiagnosticCodes.RawHtml,
            RawHtml.IsSafeXhtml(html)
                ? "raw HTML: kept in the EPUB; the PDF sets only its text"
                : "raw HTML that is not well-formed XHTML (or has a script, or an attribute or link the EPUB does not keep): shown as text in the EPUB; the PDF sets only its text",
            Location(chapter, node));
}
