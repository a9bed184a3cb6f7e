using Publisher.Core.Diagnostics;
using Publisher.Layout;
using Publisher.Layout.Blocks;

namespace Publisher.Typesetting.Building;

/// <summary>
/// Breaks the lines of the text's paragraphs and tables before pagination, in parallel. A paragraph's rows
/// depend only on its text and the text width, never on the page it lands on, so they can be computed on every
/// core at once (line breaking is most of a build's time: Pro Git's 9,000 paragraphs); the paginator then only
/// pours rows. Each block is wrapped in <see cref="LaidOutOnce"/>, which keeps its rows for every pass.
/// Shaping's cache is concurrent, ICU's break iterator is per thread, hyphenation patterns are read-only and a
/// face's coverage cache only ever gains the same answer; other blocks (pictures, markers) are laid out by the
/// paginator as before.
/// </summary>
internal static class PrelaidOut
{
    /// <summary>
    /// The book's blocks from <paramref name="builder"/>, each chapter's lines broken while the next chapter is built.
    /// Building waits for each code block's highlighting (CodeHighlighter), which one thread does for the whole book:
    /// the Node.js docs' 2,500 blocks of code took 3.9 s to build, and their 2 s of line breaking came after.
    /// The builder and the breaking share only what parallel breaking already shares (the font library, the shaper's
    /// cache, fallback coverage); a paragraph's rows do not depend on when they are computed.
    /// </summary>
    public static List<Block> WhileBuilt(BlockBuilder builder, LayoutContext context, double width)
    {
        var wrapped = new List<Block>();
        var breaking = new List<Task>();
        try
        {
            using (StageTimings.Measure("typeset: Markdown to blocks"))
                builder.Build(chapter =>
                {
                    var blocks = chapter.Select(b => new LaidOutOnce(b, context)).ToList();
                    wrapped.AddRange(blocks);
                    var broken = blocks.Where(b => b.Inner is ParagraphBlock or TableBlock).ToList();
                    breaking.Add(Task.Run(() => Parallel.ForEach(broken, block => block.Layout(context, width))));
                });
        }
        catch
        {
            // Nothing may still be breaking lines once the build has failed: the pictures the blocks use are let go.
            try { Task.WaitAll(breaking); } catch (AggregateException) { }
            throw;
        }
        // The lines still to break once the last chapter is built. The first failure is thrown as Parallel.ForEach
        // throws it (an AggregateException).
        using (StageTimings.Measure("typeset: shape and break lines")) Task.WhenAll(breaking).GetAwaiter().GetResult();
        return wrapped;
    }

    /// <summary>
    /// Breaks again, on every core, the blocks whose page references (<see cref="LaidOutOnce.PageReferences"/>) name one of
    /// <paramref name="changed"/> places; returns whether there were any.
    /// </summary>
    public static bool Again(List<Block> body, LayoutContext context, double width, IReadOnlySet<string> changed)
    {
        var stale = body.OfType<LaidOutOnce>().Where(b => b.PageReferences.Any(changed.Contains)).ToList();
        if (stale.Count == 0) return false;
        foreach (var block in stale) block.Forget();
        Parallel.ForEach(stale, block => block.Layout(context, width));
        return true;
    }
}
