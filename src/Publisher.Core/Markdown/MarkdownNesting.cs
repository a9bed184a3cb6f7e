using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Markdown;

/// <summary>
/// Parses a chapter, turning Markdown nested too deep (5,000 <c>&gt;</c>, lists in lists, emphasis in
/// emphasis) into a diagnostic at the place where <see cref="MaxDepth"/> is passed, before anything
/// recurses over the tree. Markdig guards its own recursion with a limit of its own
/// (<see cref="MarkdigDepth"/>) but says neither where nor why in words a writer knows: a tree it
/// accepts is measured here, without recursion; one it refuses is found by parsing ever shorter
/// beginnings of the chapter.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>
    /// Levels of Markdig's tree a chapter may have below the document: each quote, list and list item,
    /// paragraph or heading, and each emphasis or link inside another, is one (a paragraph in a list in
    /// a quote is at level 4, its emphasis at 5). A book never comes near: 30 quotes inside each other,
    /// or 40 lists, are still laid out.
    /// </summary>
    public const int MaxDepth = 100;

    /// <summary>Markdig's limit for parsing and rendering (its default): above ours, so ours is the one met.</summary>
    public const int MarkdigDepth = 128;

    /// <param name="pipeline">The book's pipeline (its heading-id rule); the default one when left out.</param>
    public static MarkdownDocument Parse(string text, string displayPath, MarkdownPipeline? pipeline = null)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, pipeline ?? MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            var (line, column) = FirstTooDeep(text);
            throw TooDeep(displayPath, line, column);
        }
        if (Deepest(document) is { } deep) throw TooDeep(displayPath, deep.Line + 1, deep.Column + 1);
        return document;
    }

    private static BuildFailedException TooDeep(string displayPath, int line, int column) =>
        BuildFailedException.At(new SourceLocation(displayPath, line, column), DiagnosticCodes.NestingTooDeep,
            $"Markdown nested too deep: quotes, lists, emphasis and links may stand at most {MaxDepth} levels inside each other");

    /// <summary>The first node (in document order) deeper than <see cref="MaxDepth"/>, walked with a stack of its own.</summary>
    private static MarkdownObject? Deepest(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var entry))
        {
            var (node, depth) = entry;
            if (depth > MaxDepth) return node;
            IEnumerable<MarkdownObject> children = node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline container => container,
                _ => [],
            };
            // Pushed last to first, so the first child is looked at first.
            foreach (var child in children.Reverse()) pending.Push((child, node is LeafBlock ? depth : depth + 1));
        }
        return null;
    }

    private static bool IsDepthLimit(ArgumentException e) =>
        e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>
    /// The line and column where the text first becomes too deep: the end of its shortest beginning that
    /// is, found by halving (only on the failing path: a few dozen parses at most).
    /// </summary>
    private static (int Line, int Column) FirstTooDeep(string text)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') lineStarts.Add(i + 1);
        int LineEnd(int line) => line + 1 < lineStarts.Count ? lineStarts[line + 1] : text.Length;

        // The first line whose end makes the text too deep, then the first character in it that does.
        var line = Shortest(0, lineStarts.Count - 1, n => TooDeep(text[..LineEnd(n)]));
        var start = lineStarts[line];
        var end = Shortest(start, LineEnd(line) - 1, i => TooDeep(text[..(i + 1)]));
        return (line + 1, end - start + 1);
    }

    /// <summary>The least value in [low, high] for which <paramref name="fails"/> holds (it holds at high).</summary>
    private static int Shortest(int low, int high, Func<int, bool> fails)
    {
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (fails(middle)) high = middle;
            else low = middle + 1;
        }
        return high;
    }

    private static bool TooDeep(string text)
    {
        try
        {
            return Deepest(Markdig.Markdown.Parse(text, MarkdownPipelineFactory.Pipeline)) is not null;
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            return true;
        }
    }
}
