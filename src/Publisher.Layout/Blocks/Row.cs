using Publisher.Layout.Pages;
using Publisher.Layout.Structure;

namespace Publisher.Layout.Blocks;

/// <summary>
/// One unit of vertical layout: a line of a paragraph, a table row, an image. Items are
/// positioned relative to the row's top-left corner; the paginator moves them into place.
/// </summary>
public sealed class Row(double height, IReadOnlyList<PageItem> items)
{
    public double Height { get; } = height;
    public IReadOnlyList<PageItem> Items { get; } = items;
    /// <summary>Notes called on this row: they go to the foot of the page the row is placed on.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
    /// <summary>For a line of text: how it was set, recorded on the page it goes on (the typography report).</summary>
    public TypesetLine? Line { get; init; }
    /// <summary>For a table row: the lines of its cells, recorded on the page like <see cref="Line"/>.</summary>
    public IReadOnlyList<TypesetLine> CellLines { get; init; } = [];
    /// <summary>How many words of the block start on rows before this one (see <see cref="PageStart"/>).</summary>
    public int WordsBefore { get; init; }
    /// <summary>Where this row came from, when it is more precise than its block's origin (a table row).</summary>
    public BlockOrigin? Origin { get; internal set; }

    /// <summary>The row with <paramref name="element"/> given to its text, pictures and links that have none yet.</summary>
    internal Row WithElement(StructureElement element)
    {
        // Link text set by a block with no element of its own belongs to a link that now gets its parent.
        foreach (var item in Items)
            if (item.Element is { Role: StructureRole.Link, Parent: null } link) link.Parent = element;
        if (!Items.Any(Claims)) return this;
        return new Row(Height, Items.Select(i => Claims(i) ? i with { Element = element } : i).ToList())
        {
            Footnotes = Footnotes, Line = Line, CellLines = CellLines, WordsBefore = WordsBefore, Origin = Origin,
        };
    }

    /// <summary>Text, pictures and links are content; rules and fills only dress the page.</summary>
    private static bool Claims(PageItem item) =>
        item.Element is null && item is GlyphRun or ImageItem or UriLinkItem or InternalLinkItem;

    /// <summary>The row with everything in it marked as an artifact: a table's header set again on a later page.</summary>
    internal Row AsArtifact() =>
        new(Height, Items.Select(i => i is GlyphRun or ImageItem ? i with { Element = StructureElement.Artifact } : i).ToList())
        {
            Footnotes = Footnotes, Line = Line, CellLines = CellLines, WordsBefore = WordsBefore, Origin = Origin,
        };
}

/// <summary>
/// A block laid out at a width: its rows, and where it may be split between pages.
/// <see cref="CanBreakBefore"/>(i) says whether a page may end before row i (0 &lt; i &lt; Count):
/// that is how a block answers "how much of me fits here".
/// </summary>
public sealed class BlockRows(IReadOnlyList<Row> rows, Func<int, bool> canBreakBefore)
{
    private readonly Func<int, bool> _canBreakBefore = canBreakBefore;

    public IReadOnlyList<Row> Rows { get; } = rows;
    public int Count => Rows.Count;
    public bool CanBreakBefore(int index) => index > 0 && index < Rows.Count && _canBreakBefore(index);

    /// <summary>Rows set again at the top of every page the block continues on (a table's header).</summary>
    public IReadOnlyList<Row> RepeatedHeader { get; init; } = [];

    /// <summary>A row set at the foot of a page the block breaks on (a table's bottom rule).</summary>
    public Row? BreakFooter { get; init; }

    /// <summary>
    /// How many rows from <paramref name="start"/> fit into <paramref name="height"/>, ending
    /// either at the block's end or at a place where a break is allowed; 0 if none do. A
    /// continuation (start &gt; 0) makes room for the repeated header, a break for the footer.
    /// </summary>
    public int Fit(int start, double height)
    {
        if (start > 0) height -= RepeatedHeader.Sum(r => r.Height);
        var footer = BreakFooter?.Height ?? 0;
        var used = 0.0;
        var best = 0;
        for (var i = start; i < Rows.Count; i++)
        {
            used += Rows[i].Height;
            if (used > height + 0.01) break;
            if (i + 1 == Rows.Count || (CanBreakBefore(i + 1) && used + footer <= height + 0.01)) best = i + 1 - start;
        }
        return best;
    }

    /// <summary>Height of the rows that must stay together at the block's start.</summary>
    public double FirstChunkHeight()
    {
        var height = 0.0;
        for (var i = 0; i < Rows.Count; i++)
        {
            height += Rows[i].Height;
            if (CanBreakBefore(i + 1)) break;
        }
        return height;
    }

    public double Height => Rows.Sum(r => r.Height);

    /// <summary>These rows with <paramref name="element"/> given to what has none (see <see cref="Block.LayOut"/>); the repeated header is left as it is.</summary>
    internal BlockRows WithElement(StructureElement element) =>
        new(Rows.Select(r => r.WithElement(element)).ToList(), _canBreakBefore)
        {
            RepeatedHeader = RepeatedHeader,
            BreakFooter = BreakFooter,
        };
}
