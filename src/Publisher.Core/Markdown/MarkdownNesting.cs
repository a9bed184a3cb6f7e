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
    /// The line and column where a text Markdig refused becomes too deep. A chapter can be tens of megabytes
    /// and each try is a parse, so the search is kept near linear. The chapter's top-level blocks (found by a
    /// parse without inlines) are tried one by one, each alone; in the first that is too deep, ever longer
    /// beginnings are parsed until one is. Parsed without its limit on blocks, Markdig refuses only ten thousand
    /// open inlines, so a beginning is usually found that it parses and <see cref="Deepest"/> then names the place;
    /// else the line is found by halving. When no block alone is too deep (a link reference defined
    /// elsewhere made the difference), the whole text is searched the same way.
    /// </summary>
    private static (int Line, int Column) FirstTooDeep(string text)
    {
        var lines = new LineStarts(text);
        foreach (var (start, end) in TopLevelBlocks(text, lines))
            if (Try(text, lines, start, end) is not Verdict.Fine) return Locate(text, lines, start, end);
        return Locate(text, lines, 0, text.Length);
    }

    private enum Verdict { Fine, Deep, Refused }

    /// <summary>Parses text[start..end] (start at a line's start) alone: with <see cref="Verdict.Deep"/>, the place is known.</summary>
    private static Verdict Try(string text, LineStarts lines, int start, int end) => Try(text, lines, start, end, out _);

    private static Verdict Try(string text, LineStarts lines, int start, int end, out (int Line, int Column) place)
    {
        place = default;
        try
        {
            // Without Markdig's limit of 128 nested blocks, a beginning 5,000 quotes deep is parsed and measured
            // (up to its inline limit of ten thousand open marks, and its own of ten thousand blocks).
            if (Deepest(Markdig.Markdown.Parse(text[start..end], MarkdownPipelineFactory.WithoutBlockLimit)) is not { } deep) return Verdict.Fine;
            place = (lines.LineOf(start) + deep.Line + 1, deep.Column + 1);
            return Verdict.Deep;
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            return Verdict.Refused;
        }
    }

    /// <summary>The place in text[start..end], which is too deep, where a beginning of it first is.</summary>
    private static (int Line, int Column) Locate(string text, LineStarts lines, int start, int end)
    {
        // Galloping: beginnings twice as long each time, so that the parses add up to about twice the answer's length.
        var fine = start;
        for (var length = 1024; ; length *= 2)
        {
            var probe = (int)Math.Min((long)start + length, end);
            switch (Try(text, lines, start, probe, out var place))
            {
                case Verdict.Deep: return place;
                case Verdict.Refused: return Halve(text, lines, start, fine, probe);
            }
            if (probe == end) return Halve(text, lines, start, fine, end);
            fine = probe;
        }
    }

    /// <summary>
    /// Between a beginning that is fine (ending at <paramref name="fine"/>) and one Markdig refuses, the first
    /// line whose end makes it too deep: named by <see cref="Deepest"/> if a beginning is deep by our measure,
    /// else the line as a whole. That is a paragraph where more than ten thousand emphasis marks or brackets
    /// wait for their partners at once: Markdig gives up at a character of no meaning to the writer, and
    /// halving down to it would take a parse of the whole beginning for each of a line's characters' bits.
    /// </summary>
    private static (int Line, int Column) Halve(string text, LineStarts lines, int start, int fine, int refused)
    {
        int low = lines.LineOf(Math.Max(start, fine - 1)), high = lines.LineOf(refused - 1);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            switch (Try(text, lines, start, lines.End(middle), out var place))
            {
                case Verdict.Deep: return place;
                case Verdict.Refused: high = middle; break;
                default: low = middle + 1; break;
            }
        }
        return (high + 1, 1);
    }

    /// <summary>
    /// The top-level blocks as ranges of whole lines, from a parse with the book's block parsers but no
    /// inline ones (an inline too deep cannot fail it); none if the blocks themselves are too deep for it.
    /// </summary>
    private static IEnumerable<(int Start, int End)> TopLevelBlocks(string text, LineStarts lines)
    {
        MarkdownDocument blocks;
        try
        {
            blocks = Markdig.Markdown.Parse(text, BlocksOnly.Value);
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            return [];
        }
        return blocks.Select(b => (lines.Start(lines.LineOf(b.Span.Start)), lines.End(lines.LineOf(Math.Max(b.Span.Start, b.Span.End)))));
    }

    private static readonly Lazy<MarkdownPipeline> BlocksOnly = new(() =>
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = int.MaxValue }
            .UseYamlFrontMatter()
            .UseAdvancedExtensions()
            .UsePreciseSourceLocation();
        builder.Extensions.Add(new NoInlines());
        return builder.Build();
    });

    /// <summary>Set up after every other extension, it takes their inline parsers away again: Markdig then reads all text as literal.</summary>
    private sealed class NoInlines : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.Clear();

        public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer) { }
    }

    /// <summary>Where each line of a text starts, to turn offsets into lines and back.</summary>
    private sealed class LineStarts
    {
        private readonly List<int> starts = [0];
        private readonly int length;

        public LineStarts(string text)
        {
            length = text.Length;
            for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        }

        public int Start(int line) => starts[line];

        /// <summary>Just past the line's line break (or the text's end).</summary>
        public int End(int line) => line + 1 < starts.Count ? starts[line + 1] : length;

        public int LineOf(int offset)
        {
            var index = starts.BinarySearch(Math.Clamp(offset, 0, length));
            return index >= 0 ? index : ~index - 1;
        }
    }
}
