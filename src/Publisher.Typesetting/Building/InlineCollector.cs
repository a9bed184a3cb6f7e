using Markdig.Renderers.Html;
using System.Text;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Publisher.Core.Markdown;
using Markdig.Syntax.Inlines;
using Publisher.Core.Templates;
using Publisher.Layout.Text;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Building;

/// <summary>
/// Turns a Markdig inline tree into styled text runs: emphasis picks the italic or
/// bold face, code the monospace face, links carry their target. Neighbouring runs in
/// the same style are merged so that kerning and ligatures work across them.
/// </summary>
internal sealed partial class InlineCollector(FontSet fonts, Template template, LinkResolver links, ChapterImages images)
{
    // Runs whose spaces are the author's (inline code): Merge must not fold them. Kept by
    // identity, since equal text in an equal style elsewhere in the paragraph may be prose.
    private readonly HashSet<TextRun> _verbatim = new(ReferenceEqualityComparer.Instance);

    public List<TextRun> Collect(ContainerInline? inlines, TextStyleSpec style)
    {
        _verbatim.Clear();
        _blockLanguage = Core.Markdown.BlockLanguage.Nearest(inlines?.ParentBlock);
        var runs = new List<TextRun>();
        Walk(inlines?.FirstChild, new State(style, false, false, null, null), runs);
        return Merge(runs);
    }

    /// <summary>The language of the block being collected, where it or a container says one (<c>{lang=ja}</c>).</summary>
    private string? _blockLanguage;


    private readonly record struct State(TextStyleSpec Spec, bool Bold, bool Italic, string? Uri, string? Destination,
        bool Strike = false, int Script = 0, SourceLink? Link = null, bool Underline = false, bool Marked = false,
        string? Language = null, bool? RightToLeft = null, bool Dots = false);

    private void Walk(Inline? inline, State outer, List<TextRun> runs)
    {
        for (; inline is not null; inline = inline.NextSibling)
        {
            var state = outer;
            // *text*{lang=ar dir=rtl}: a span in another language or direction than its paragraph (itself only).
            if (inline is ContainerInline && inline.TryGetAttributes()?.Properties is { } properties)
            {
                var lang = Core.Markdown.BlockLanguage.Own(inline);
                var dir = properties.FirstOrDefault(p => p.Key == "dir").Value;
                if (lang is { Length: > 0 } || dir is "rtl" or "ltr")
                    state = state with
                    {
                        Language = lang is { Length: > 0 } ? lang : state.Language,
                        RightToLeft = dir is "rtl" or "ltr" ? dir == "rtl"
                            : lang is { Length: > 0 } ? Core.Text.TextDirection.IsRightToLeft(lang) : state.RightToLeft,
                    };
            }
            switch (inline)
            {
                case LiteralInline literal:
                    Add(runs, literal.Content.ToString(), state);
                    break;
                case CodeInline code:
                    var mono = template.Code.Block.Text;
                    var codeStyle = fonts.Face(mono.Font, false, false);
                    // A hyphen added inside code would change what the reader types.
                    var codeRun = new TextRun(code.Content, Linked(new TextStyle(codeStyle,
                        state.Spec.Size * template.Code.InlineScale, Colors.Parse(state.Spec.Color)) { Code = true }, state));
                    _verbatim.Add(codeRun);
                    runs.Add(codeRun);
                    break;
                case LineBreakInline lineBreak:
                    // Between two Chinese or Japanese characters a line end of the source is no space.
                    Add(runs, lineBreak.IsHard ? "\n" : SoftLineBreaks.Vanishes(lineBreak) ? "" : " ", state);
                    break;
                case AbbreviationInline abbreviation:
                    // Print has no hover: the abbreviation stands as written.
                    Add(runs, abbreviation.Abbreviation.Label ?? "", state);
                    break;
                case MathInline math:
                    AddFormula(runs, math, state);
                    break;
                case SmartyPant smart:
                    Add(runs, SmartyPunctuation.Text(smart.Type), state);
                    break;
                case HtmlEntityInline entity:
                    Add(runs, entity.Transcoded.ToString(), state);
                    break;
                case HtmlInline:
                    // Markup of raw HTML is dropped in print; the text between tags stays.
                    break;
                case AutolinkInline autolink:
                    var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    Add(runs, autolink.Url, state with { Uri = target, Link = new SourceLink() });
                    break;
                case TaskList:
                    // The list builder sets the check box in place of the bullet.
                    break;
                case LinkInline { IsImage: true } image:
                    runs.Add(InlineImages.Run(image, images, Linked(fonts.Derive(state.Spec, state.Bold, state.Italic), state),
                        template.Page.TextWidth));
                    break;
                case LinkInline link:
                    var (uri, destination) = links.Resolve(link.Url ?? "");
                    var linkState = state with { Uri = uri, Destination = destination, Link = uri is null && destination is null ? null : new SourceLink() };
                    Walk(link.FirstChild, linkState, runs);
                    if (destination is not null && template.References.Page && Core.References.CrossReferences.IsReference(link))
                        AddPageReference(runs, destination, linkState);
                    break;
                case EmphasisInline emphasis when InlineRoles.Of(emphasis) is { } role:
                    // What each kind of emphasis means and looks like is InlineRoles', as in the EPUB.
                    Walk(emphasis.FirstChild, state with
                    {
                        // Where CJK text shows emphasis by dots (body.cjk-emphasis), italic emphasis carries them.
                        Dots = state.Dots || (InlineRoles.Italic(role) && template.Body.CjkEmphasis == CjkEmphasis.Dots),
                        Bold = state.Bold || InlineRoles.Bold(role),
                        Italic = state.Italic || InlineRoles.Italic(role),
                        Strike = state.Strike || role == InlineRole.Deleted,
                        Underline = state.Underline || role == InlineRole.Inserted,
                        Marked = state.Marked || role == InlineRole.Marked,
                        // x^2^ and H~2~O: superscript and subscript.
                        Script = role switch { InlineRole.Superscript => 1, InlineRole.Subscript => -1, _ => state.Script },
                    }, runs);
                    break;
                case BracketedSpan span:
                    // [words]{#id}, an index entry's place: links to the id lead to where the words begin.
                    var first = runs.Count;
                    Walk(span.FirstChild, state, runs);
                    if (span.TryGetAttributes()?.Id is { } id && first < runs.Count)
                    {
                        var anchored = runs[first] with { Style = runs[first].Style with { Anchor = links.Resolve("#" + id).Destination } };
                        if (_verbatim.Contains(runs[first])) _verbatim.Add(anchored);
                        runs[first] = anchored;
                    }
                    break;
                case FootnoteLink footnote:
                    AddFootnoteReference(runs, footnote, state);
                    break;
                case ContainerInline container:
                    Walk(container.FirstChild, state, runs);
                    break;
            }
        }
    }

    /// <summary>The chapter being collected, for the place of a problem found while setting it.</summary>
    public Core.Books.Chapter? Chapter { get; init; }

    /// <summary>The places references name with their page, shared by the book's chapters; null: none are collected.</summary>
    public HashSet<string>? PageReferences { get; init; }

    /// <summary>The words before a reference's page number ("on page").</summary>
    public string OnPage { get; init; } = "on page";

    /// <summary>
    /// "on page 12" after a reference, part of its link: the number is the label of the page the target stands on,
    /// known once the book is laid out (the paragraph is broken again when it changes). "00" holds its place until then.
    /// </summary>
    private void AddPageReference(List<TextRun> runs, string destination, State state)
    {
        PageReferences?.Add(destination);
        Add(runs, " " + OnPage + " ", state);
        var style = Linked(fonts.Derive(state.Spec, state.Bold, state.Italic), state);
        runs.Add(new TextRun("00", style with { PageOf = destination }));
    }

    /// <summary>
    /// A formula in the line, laid out with the template's math font at the text's size; one the book's loading did not
    /// parse (a tree not loaded as a book: tests, previews) keeps its source, in italics, so nothing is lost.
    /// </summary>
    private void AddFormula(List<TextRun> runs, MathInline math, State state)
    {
        if (Core.Mathematics.Formulas.Of(math) is not { } formula || Chapter is not { } chapter)
        {
            Add(runs, math.Content.ToString(), state with { Italic = true });
            return;
        }
        var at = Core.Books.SourceChecks.Location(chapter, math);
        var font = Formulas.FormulaFont.For(fonts, at);
        var style = Linked(fonts.Derive(state.Spec, state.Bold, state.Italic), state);
        // A formula cannot be broken over lines: one wider than the text is set smaller to fit it.
        var inline = Layout.Mathematics.InlineFormula.Of(formula, font, style.Size, style.Color, style.Face, template.Page.TextWidth);
        Formulas.FormulaGlyphs.Check(inline.Missing, font, at);
        runs.Add(new TextRun(Layout.Text.InlineObject.Placeholder, style with { Image = inline }));
    }

    private void Add(List<TextRun> runs, string text, State state)
    {
        if (text.Length == 0) return;
        var style = fonts.Derive(state.Spec, state.Bold, state.Italic);
        if (state.Script != 0)
        {
            // Superscripts take the size and rise of footnote references; subscripts the
            // same size, dropped by half that rise.
            var spec = template.Footnotes;
            style = style with
            {
                Size = state.Spec.Size * spec.ReferenceScale,
                BaselineShift = state.Spec.Size * spec.ReferenceRise * (state.Script > 0 ? 1 : -0.5),
            };
        }
        runs.Add(new TextRun(text, Linked(style, state)));
    }

    /// <summary>The language of the chapter being collected (its front matter's, else the book's).</summary>
    public string Language { get; set; } = "und";

    private TextStyle Linked(TextStyle style, State state) =>
        state.Uri is null && state.Destination is null && !state.Strike && !state.Underline && !state.Marked
            && state.Language is null && state.RightToLeft is null && !state.Dots
            ? style
            : style with
            {
                LinkUri = state.Uri, LinkDestination = state.Destination, Link = state.Link, Strikethrough = state.Strike,
                Underline = state.Underline, Highlight = state.Marked ? Colors.Parse(InlineRoles.MarkTint) : null,
                Language = state.Language, RightToLeft = state.RightToLeft,
                // Japanese sets emphasis dots over its characters; Chinese and Korean under them.
                EmphasisDots = !state.Dots ? EmphasisDots.None
                    : (state.Language ?? _blockLanguage ?? Language).StartsWith("ja", StringComparison.OrdinalIgnoreCase)
                        ? EmphasisDots.Over : EmphasisDots.Under,
            };

    /// <summary>
    /// Joins neighbouring runs of one style, and folds runs of spaces into one as HTML
    /// does (Markdown keeps the two spaces some authors type after a full stop; in
    /// justified print they would show as holes). Code keeps its spaces.
    /// </summary>
    private List<TextRun> Merge(List<TextRun> runs)
    {
        var merged = new List<TextRun>(runs.Count);
        var text = new StringBuilder();
        TextStyle? style = null;
        var lastWasSpace = true; // also drops spaces at the paragraph's start
        foreach (var run in runs)
        {
            if (style is not null && run.Style != style)
            {
                if (text.Length > 0) merged.Add(new TextRun(text.ToString(), style));
                text.Clear();
            }
            style = run.Style;
            var isCode = _verbatim.Contains(run);
            foreach (var c in run.Text)
            {
                var space = c is ' ' or '\t';
                if (space && lastWasSpace && !isCode) continue;
                text.Append(space && !isCode ? ' ' : c);
                lastWasSpace = space || c == '\n';
            }
        }
        if (style is not null && text.Length > 0) merged.Add(new TextRun(text.ToString(), style));
        return merged;
    }
}
