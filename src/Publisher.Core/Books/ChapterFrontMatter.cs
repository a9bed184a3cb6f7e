using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Diagnostics;
using Publisher.Core.Markdown;
using Publisher.Core.Yaml;

namespace Publisher.Core.Books;

/// <summary>
/// A chapter's front matter. Pages written for a site generator (Jekyll, Hugo, Docusaurus, MkDocs, VitePress) carry
/// keys for it (<c>sidebar_position</c>, <c>layout</c>, <c>permalink</c>, <c>tags</c>…): Publisher reads only
/// <c>title</c> (and the order keys, <see cref="FolderOrder"/>), checks it strictly, and leaves the others alone (<c>publisher check</c> names each once per book, as
/// a note). Such pages keep their title in front matter and have no heading of their own, so a page with a
/// <c>title</c> and no top-level heading gets one, made from the title: both formats set it, the contents list it.
/// </summary>
public sealed class ChapterFrontMatter
{
    private static readonly ChapterFrontMatter None = new(null, false, []);

    /// <summary>The keys Publisher reads, besides the order keys of site generators.</summary>
    private static readonly string[] OwnKeys = ["title", "description", "lang"];

    private ChapterFrontMatter(string? title, bool titleIsHeading, IReadOnlyList<(string Key, SourceLocation At)> foreignKeys)
    {
        Title = title;
        TitleIsHeading = titleIsHeading;
        ForeignKeys = foreignKeys;
    }

    /// <summary>The <c>title</c>: the chapter's title in the contents and navigation.</summary>
    public string? Title { get; }

    /// <summary>The page's language (<c>lang</c>, a BCP 47 tag such as <c>ar</c> or <c>zh-Hant</c>); null: the book's.</summary>
    public string? Language { get; private init; }

    /// <summary>True when the title became the page's heading (it had no top-level heading of its own).</summary>
    public bool TitleIsHeading { get; }

    /// <summary>Keys for other tools, with where each stands.</summary>
    public IReadOnlyList<(string Key, SourceLocation At)> ForeignKeys { get; }

    /// <summary>A key that is all but 'title' ('titel', 'Title') is most likely a slip, not another tool's: said in every build.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; private init; } = [];

    /// <summary>The class of the paragraph a front-matter <c>description</c> becomes, under the chapter's title.</summary>
    public const string DescriptionClass = "chapter-description";

    /// <param name="printDescription">Whether the template prints descriptions (template.yml <c>chapter-description</c>).</param>
    public static ChapterFrontMatter Read(MarkdownDocument document, string display, HeadingIds headingIds, bool printDescription = false)
    {
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is not { } block) return None;
        // Pad with blank lines so the YAML reader reports lines as they stand in the chapter.
        var yaml = new string('\n', block.Line + 1) + block.Lines.ToString();
        var map = YamlMap.Parse(yaml, display);
        string? title = null;
        if (map.Has("title"))
            title = map.Scalar("title")?.Value ?? throw BuildFailedException.At(map.LocationOf("title"), DiagnosticCodes.BadValue,
                "'title': expected the page's title as text");
        string? language = null;
        if (map.Has("lang"))
        {
            if (map.Scalar("lang") is not { } lang || !Manifest.BookManifestReader.IsLanguageTag(lang.Value))
                throw BuildFailedException.At(map.Scalar("lang")?.Location ?? map.LocationOf("lang"), DiagnosticCodes.BadValue,
                    "'lang': expected a BCP 47 language tag such as en, ar or zh-Hant");
            language = lang.Value;
        }
        // The order keys of site generators are read too, for a book taken from a folder (FolderOrder).
        var others = map.Keys.Where(k => !OwnKeys.Contains(k) && !FolderOrder.OrderKeys.Contains(k)).ToList();
        var slips = others.Where(k => NearestName.Find(k, OwnKeys) is not null).ToList();
        var foreign = others.Except(slips).Select(k => (k, map.LocationOf(k))).ToList();
        var warnings = slips.Select(k => new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownKey,
            $"unknown key '{k}'{NearestName.Hint(k, OwnKeys)}: it is left alone", map.LocationOf(k))).ToList();
        var titleIsHeading = false;
        if (title is { Length: > 0 } && !document.Any(b => b is HeadingBlock { Level: 1 }))
        {
            InsertHeading(document, block, title, headingIds);
            titleIsHeading = true;
        }
        if (printDescription && map.Scalar("description")?.Value is { Length: > 0 } description)
            InsertDescription(document, block, description, headingIds);
        return new ChapterFrontMatter(title, titleIsHeading, foreign) { Warnings = warnings, Language = language };
    }

    /// <summary>
    /// The title as a first-level heading right after the front matter, parsed by the book's own pipeline so that its
    /// id follows the book's rule (GitHub's: "Getting started" is <c>getting-started</c>); an id some heading of the
    /// page already has gets <c>-title</c> added, so links to that heading still reach it.
    /// </summary>
    private static void InsertHeading(MarkdownDocument document, YamlFrontMatterBlock frontMatter, string title, HeadingIds headingIds)
    {
        var parsed = Markdig.Markdown.Parse("# " + Escape(title), MarkdownPipelineFactory.For(headingIds));
        if (parsed.FirstOrDefault() is not HeadingBlock heading) return;
        parsed.Remove(heading);
        var taken = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var attributes = heading.GetAttributes();
        if (attributes.Id is { } id && taken.Contains(id)) attributes.Id = id + "-title";
        // It stands where the front matter ends, for the page map and any message about it.
        heading.Line = frontMatter.Line;
        heading.Column = frontMatter.Column;
        heading.Span = new SourceSpan(frontMatter.Span.End, frontMatter.Span.End);
        document.Insert(document.IndexOf(frontMatter) + 1, heading);
    }

    /// <summary>The description as a paragraph of its own class right under the page's first heading (or its front matter).</summary>
    private static void InsertDescription(MarkdownDocument document, YamlFrontMatterBlock frontMatter, string description, HeadingIds headingIds)
    {
        var parsed = Markdig.Markdown.Parse(Escape(description), MarkdownPipelineFactory.For(headingIds));
        if (parsed.FirstOrDefault() is not ParagraphBlock paragraph) return;
        parsed.Remove(paragraph);
        paragraph.GetAttributes().AddClass(DescriptionClass);
        var after = (Block?)document.FirstOrDefault(b => b is HeadingBlock { Level: 1 }) ?? frontMatter;
        paragraph.Line = after.Line;
        paragraph.Column = after.Column;
        paragraph.Span = new SourceSpan(after.Span.End, after.Span.End);
        document.Insert(document.IndexOf(after) + 1, paragraph);
    }

    /// <summary>The title as Markdown text that reads as itself: every ASCII punctuation mark escaped.</summary>
    private static string Escape(string title)
    {
        var text = new System.Text.StringBuilder(title.Length + 8);
        foreach (var c in title.ReplaceLineEndings(" "))
        {
            if (char.IsAsciiLetterOrDigit(c) || c > 127 || c == ' ') text.Append(c);
            else if (char.IsAscii(c) && !char.IsControl(c)) text.Append('\\').Append(c);
        }
        return text.ToString();
    }

    /// <summary>Each key for other tools, once per book, at its first place, with how many chapters have it.</summary>
    public static List<Diagnostic> ForeignKeyNotes(IEnumerable<ChapterFrontMatter> chapters)
    {
        var firsts = new Dictionary<string, (SourceLocation At, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var chapter in chapters)
        foreach (var (key, at) in chapter.ForeignKeys)
        {
            if (firsts.TryGetValue(key, out var seen)) firsts[key] = (seen.At, seen.Count + 1);
            else
            {
                firsts[key] = (at, 1);
                order.Add(key);
            }
        }
        return order.Select(key => new Diagnostic(Severity.Note, DiagnosticCodes.ForeignFrontMatter,
            $"front-matter key '{key}' is not one Publisher reads: it is left for the site generator that does " +
            $"({(firsts[key].Count == 1 ? "this chapter only" : $"{firsts[key].Count} chapters have it")}); only 'title' is used",
            firsts[key].At)).ToList();
    }
}
