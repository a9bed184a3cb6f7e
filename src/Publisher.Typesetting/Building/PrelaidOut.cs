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
    public static List<Block> All(List<Block> body, LayoutContext context, double width)
    {
        var wrapped = body.Select(b => new LaidOutOnce(b, context)).ToList();
        Parallel.ForEach(wrapped.Where(b => b.Inner is ParagraphBlock or TableBlock), block => block.Layout(context, width));
        return [.. wrapped];
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
