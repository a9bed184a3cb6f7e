using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Markdown;
using Publisher.Core.Templates;

namespace Publisher.Core.References;

/// <summary>
/// Numbers the book's labelled figures, tables and listings and turns every <c>@label</c> into a link to its target,
/// once, on the parsed tree both formats read. A figure is labelled by <c>{#fig:name}</c> on its image or its
/// paragraph, a table by <c>{#tbl:name}</c> at the end of its caption (<see cref="TableCaptions"/>), a listing by
/// <c>{#lst:name}</c> on its fence (<see cref="Listings"/>); the label becomes the numbered thing's id. Its caption
/// begins "Figure 3:", and <c>@fig:name</c> becomes "Figure 3" linked to it. <c>@sec:name</c> becomes the title of the
/// heading labelled <c>{#sec:name}</c>. Numbers run through the book, or per chapter ("Figure 2.3") as the template
/// says. A reference to no label, and a label given twice, are errors at their place; a label on something that is
/// not numbered is a warning.
/// </summary>
public static class CrossReferences
{
    private sealed record Target(Chapter Chapter, string Text);

    private const int MaxHints = 100;

    private static readonly object ReferenceKey = new();

    /// <summary>Whether a link was made from a reference (<c>@fig:harbour</c>), which the PDF may follow with its target's page.</summary>
    public static bool IsReference(LinkInline link) => link.GetData(ReferenceKey) is not null;

    /// <returns>The numbered figures, tables and listings, in reading order.</returns>
    public static List<NumberedItem> Apply(IReadOnlyList<Chapter> chapters, ReferencesSpec spec, string language, List<Diagnostic> warnings,
        List<Diagnostic>? errors)
    {
        var numbered = new List<NumberedItem>();
        var targets = Number(chapters, spec, language, numbered, warnings, errors);
        Resolve(chapters, targets, errors);
        return numbered;
    }

    /// <summary>Numbers what is labelled, in reading order; returns each label's target and the text a reference to it gives.</summary>
    private static Dictionary<string, Target> Number(IReadOnlyList<Chapter> chapters, ReferencesSpec spec, string language,
        List<NumberedItem> numbered, List<Diagnostic> warnings, List<Diagnostic>? errors)
    {
        var word = spec.FigureWord ?? ReferenceWords.FigureIn(language);
        var tableWord = spec.TableWord ?? ReferenceWords.TableIn(language);
        var listingWord = spec.ListingWord ?? ReferenceWords.ListingIn(language);
        var listings = 0;
        var equations = 0;
        var equationWord = spec.EquationWord ?? ReferenceWords.EquationIn(language);
        var targets = new Dictionary<string, Target>(StringComparer.Ordinal);
        var figures = 0;
        var tables = 0;
        foreach (var chapter in chapters)
        {
            if (spec.PerChapter) (figures, tables, listings, equations) = (0, 0, 0, 0);
            string Numbered(int n) => spec.PerChapter ? $"{chapter.Index + 1}.{n}" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var element in chapter.Document.Descendants())
            {
                if (Label(element) is not var (label, attributes)) continue;
                var at = new SourceLocation(chapter.DisplayPath, attributes.Line + 1, attributes.Column + 1);
                var kind = ReferenceKinds.Of(label)!.Value;
                string? text = null;
                if (kind == ReferenceKind.Figure && element is ParagraphBlock paragraph && Figures.Image(paragraph) is not null)
                {
                    text = $"{word} {Numbered(++figures)}";
                    Figures.SetNumber(paragraph, text);
                    var image = Figures.Image(paragraph)!;
                    numbered.Add(new NumberedItem(kind, label, chapter, text, Figures.TitleCaption(image) ?? Figures.AltText(image)));
                }
                else if (kind == ReferenceKind.Table && element is Markdig.Extensions.Tables.Table table)
                {
                    text = $"{tableWord} {Numbered(++tables)}";
                    TableCaptions.SetNumber(table, text);
                    numbered.Add(new NumberedItem(kind, label, chapter, text,
                        TableCaptions.Caption(table) is { } caption ? BookLoader.PlainText(caption.Inline).Trim() : ""));
                }
                else if (kind == ReferenceKind.Listing && element is FencedCodeBlock code)
                {
                    text = $"{listingWord} {Numbered(++listings)}";
                    Listings.SetNumber(code, text);
                    numbered.Add(new NumberedItem(kind, label, chapter, text, Listings.Title(code) ?? ""));
                }
                else if (kind == ReferenceKind.Equation && Equation(element) is { } formula)
                {
                    // A formula's own \tag is its number; else it takes the next one: "(3)" at its right, "Equation (3)" in a reference.
                    var number = Mathematics.Formulas.Of(formula)?.Tag is { } tag ? $"({tag})" : $"({Numbered(++equations)})";
                    Mathematics.Formulas.SetNumber(formula, number);
                    text = $"{equationWord} {number}";
                }
                else if (kind == ReferenceKind.Section && element is HeadingBlock heading)
                {
                    text = BookLoader.PlainText(heading.Inline).Trim();
                }
                if (text is null)
                {
                    warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.LabelNotNumbered, NotNumbered(label, kind), at));
                    continue;
                }
                if (targets.TryGetValue(label, out var first))
                {
                    // Two labels in one chapter are two equal ids, which ChapterIds reports already (PUB043).
                    if (first.Chapter != chapter)
                        Fail(new Diagnostic(Severity.Error, DiagnosticCodes.DuplicateLabel,
                            $"label '{label}' is already given in {first.Chapter.DisplayPath}; a label names one thing in the book", at), errors);
                    continue;
                }
                targets[label] = new Target(chapter, text);
            }
        }
        return targets;
    }

    /// <summary>Replaces each reference by a link to its target (its words only inside a link's text); an unknown one is an error.</summary>
    private static void Resolve(IReadOnlyList<Chapter> chapters, Dictionary<string, Target> targets, List<Diagnostic>? errors)
    {
        var unknown = 0;
        foreach (var chapter in chapters)
            foreach (var reference in chapter.Document.Descendants<CrossReferenceInline>().ToList())
            {
                if (!targets.TryGetValue(reference.Label, out var target))
                {
                    var at = new SourceLocation(chapter.DisplayPath, reference.Line + 1, reference.Column + 1);
                    // A nearest label for the first unknown references only: for thousands against thousands of labels
                    // (a hostile book, in `check`), the comparisons alone would take minutes.
                    var hint = ++unknown <= MaxHints ? NearestName.Hint(reference.Label, targets.Keys) : "";
                    Fail(new Diagnostic(Severity.Error, DiagnosticCodes.UnknownReference,
                        $"reference to '@{reference.Label}', but nothing in the book is labelled '{reference.Label}'" + hint, at), errors);
                    reference.ReplaceBy(new LiteralInline("@" + reference.Label) { Span = reference.Span, Line = reference.Line, Column = reference.Column });
                    continue;
                }
                var text = new LiteralInline(target.Text) { Span = reference.Span, Line = reference.Line, Column = reference.Column };
                // Inside a link's text the reference is only its words: a link may not hold another.
                if (InsideLink(reference))
                {
                    reference.ReplaceBy(text);
                    continue;
                }
                var link = new LinkInline(Url(chapter, target.Chapter, reference.Label), "")
                {
                    Span = reference.Span, Line = reference.Line, Column = reference.Column,
                };
                link.AppendChild(text);
                link.SetData(ReferenceKey, reference.Label);
                reference.ReplaceBy(link);
            }
    }

    /// <summary>
    /// The label an element carries, when its id has a known prefix. A figure's image hands its label to the figure's
    /// paragraph, and a table's caption to the table, so that both formats give the numbered thing itself the id (the
    /// EPUB's &lt;figure&gt; and &lt;table&gt;, the PDF's destination).
    /// </summary>
    private static (string Label, HtmlAttributes Attributes)? Label(MarkdownObject element)
    {
        if (element is ParagraphBlock paragraph && Figures.Image(paragraph) is { } image) MoveLabel(image, paragraph);
        // A table's label is written at the end of its caption (before or after the table).
        if (element is Markdig.Extensions.Tables.Table table && TableCaptions.Caption(table) is { } caption) MoveLabel(caption, table);
        if (element is LinkInline { IsImage: true } shown && shown.Parent?.ParentBlock is ParagraphBlock figure && Figures.Image(figure) == shown)
            return null; // its label, if any, was read from the figure's paragraph
        if (element is ParagraphBlock { } captionParagraph && TableCaptions.IsCaption(captionParagraph))
            return null; // its label goes to its table, read when the table is met
        return element.TryGetAttributes() is { Id: { } id } attributes && ReferenceKinds.Of(id) is not null ? (id, attributes) : null;
    }

    /// <summary>Gives <paramref name="from"/>'s label (an id with a reference prefix) to <paramref name="to"/>, when it has no id of its own.</summary>
    private static void MoveLabel(MarkdownObject from, MarkdownObject to)
    {
        if (from.TryGetAttributes() is not { Id: { } id } attributes || ReferenceKinds.Of(id) is null || to.TryGetAttributes()?.Id is not null)
            return;
        var moved = to.GetAttributes();
        moved.Id = id;
        moved.Line = attributes.Line;
        moved.Column = attributes.Column;
        attributes.Id = null;
    }

    /// <summary>The displayed formula a label names (<see cref="Mathematics.Formulas.DisplayedIn"/>): labelled on its block, or on its paragraph.</summary>
    private static MarkdownObject? Equation(MarkdownObject element) => element is Block block ? Mathematics.Formulas.DisplayedIn(block) : null;

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline { IsImage: false }) return true;
        return false;
    }

    private static string NotNumbered(string label, ReferenceKind kind) => kind switch
    {
        ReferenceKind.Figure => $"label '{label}' is not on a figure (an image alone in its paragraph): nothing is numbered, and '@{label}' finds nothing",
        ReferenceKind.Section => $"label '{label}' is not on a heading: '@{label}' finds nothing",
        ReferenceKind.Listing => $"label '{label}' is not on a fenced code block: nothing is numbered, and '@{label}' finds nothing",
        ReferenceKind.Table => $"label '{label}' is not on a table's caption (a paragraph 'Table: …' right after the table): nothing is numbered, and '@{label}' finds nothing",
        _ => $"label '{label}' is not on a displayed formula ($$ {{#{label}}} opening it, or $$…$$ {{#{label}}} as a paragraph of its own): nothing is numbered, and '@{label}' finds nothing",
    };

    /// <summary>A link from <paramref name="from"/> to the label in <paramref name="to"/>, written as an author would: <c>#label</c> or <c>other.md#label</c>.</summary>
    private static string Url(Chapter from, Chapter to, string label)
    {
        if (from == to) return "#" + label;
        var relative = Path.GetRelativePath(Path.GetDirectoryName(from.SourcePath)!, to.SourcePath);
        return string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)) + "#" + label;
    }

    private static void Fail(Diagnostic error, List<Diagnostic>? errors)
    {
        if (errors is null) throw new BuildFailedException(error);
        errors.Add(error);
    }
}
