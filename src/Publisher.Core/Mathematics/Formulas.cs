using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Mathematics;

/// <summary>
/// Parses every formula of the book once (<c>$…$</c> inline, <c>$$…$$</c> displayed), after the chapters are read,
/// and keeps the tree on its node for both formats. A formula that does not parse stops the build at its place:
/// the line and column of the fault inside the formula, with the command named.
/// </summary>
public static class Formulas
{
    private static readonly object Key = typeof(MathFormula);

    /// <summary>The parsed formula of a <see cref="MathInline"/> or <see cref="MathBlock"/>; null before <see cref="Apply"/>.</summary>
    public static MathFormula? Of(MarkdownObject node) => node.GetData(Key) as MathFormula;

    private static readonly object NumberKey = new();

    /// <summary>
    /// The number a displayed formula shows at the right ("(3)"): its <c>\tag</c>, or the one its label gives; null for
    /// none, and for a formula in a line, which has no right margin of its own.
    /// </summary>
    public static string? Number(MarkdownObject node) => Displayed(node) is null ? null
        : node.GetData(NumberKey) as string ?? (Of(node)?.Tag is { } tag ? $"({tag})" : null);

    /// <summary>
    /// The formula a block displays on its own: a <c>$$</c> block, or a paragraph that is only <c>$$…$$</c> (as Pandoc
    /// writes a numbered one); null for any other block. Both formats set it as a block, centred.
    /// </summary>
    public static MarkdownObject? DisplayedIn(Block block) => block switch
    {
        MathBlock math => math,
        ParagraphBlock { Inline: { } inlines } when inlines.Where(i => !(i is Markdig.Syntax.Inlines.LiteralInline l && l.Content.IsEmptyOrWhitespace()))
            .ToList() is [MathInline { DelimiterCount: 2 } math] => math,
        _ => null,
    };

    /// <summary>The node itself when it is a formula displayed on its own (<see cref="DisplayedIn"/>); null for one in a line.</summary>
    public static MarkdownObject? Displayed(MarkdownObject node) => node switch
    {
        MathBlock => node,
        MathInline { Parent: { ParentBlock: ParagraphBlock paragraph } } inline when DisplayedIn(paragraph) == inline => node,
        _ => null,
    };

    /// <summary>Numbers a labelled formula (References/CrossReferences); a <c>\tag</c> of its own still wins.</summary>
    public static void SetNumber(MarkdownObject node, string number)
    {
        if (Of(node)?.Tag is null) node.SetData(NumberKey, number);
    }

    public static void Apply(IReadOnlyList<Chapter> chapters, List<Diagnostic>? errors)
    {
        foreach (var chapter in chapters)
            foreach (var node in chapter.Document.Descendants())
            {
                var (source, display) = node switch
                {
                    MathInline inline => (inline.Content.ToString(), inline.DelimiterCount == 2),
                    MathBlock block => (block.Lines.ToString(), true),
                    _ => (null, false),
                };
                if (source is null) continue;
                try
                {
                    node.SetData(Key, LatexMathParser.Parse(source, display));
                }
                catch (MathSyntaxException e)
                {
                    var (line, column) = Place(node, source, e.Offset);
                    var error = new Diagnostic(Severity.Error, DiagnosticCodes.BadFormula, e.Message,
                        new SourceLocation(chapter.DisplayPath, line, column));
                    if (errors is null) throw new BuildFailedException(error);
                    errors.Add(error);
                }
            }
    }

    /// <summary>The line and column (from 1) in the chapter of character <paramref name="offset"/> of a formula's source.</summary>
    private static (int Line, int Column) Place(MarkdownObject node, string source, int offset)
    {
        offset = Math.Clamp(offset, 0, source.Length);
        if (node is MathBlock block)
        {
            // The formula's lines are the block's lines, joined by line ends.
            var lines = block.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var length = lines.Lines[i].Slice.Length;
                if (offset <= length || i == lines.Count - 1) return (lines.Lines[i].Line + 1, lines.Lines[i].Column + offset + 1);
                offset -= length + 1;
            }
            return (block.Line + 2, 1);
        }
        var inline = (MathInline)node;
        var before = source.AsSpan(0, offset);
        var breaks = before.Count('\n');
        if (breaks == 0) return (inline.Line + 1, inline.Column + inline.DelimiterCount + offset + 1);
        return (inline.Line + breaks + 1, offset - before.LastIndexOf('\n'));
    }
}
