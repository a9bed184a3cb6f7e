using Publisher.Layout.Pages;

namespace Publisher.Layout.Blocks;

/// <summary>
/// A note set at the foot of the page whose line calls it (see <see cref="Text.TextStyle.Footnote"/>). It holds
/// blocks like the flow does (paragraphs, lists, code), but the paginator places its rows in the page's footnote
/// area, not in the flow. The same instance is the note's identity: one reference carries it, once.
/// </summary>
public sealed class Footnote(IReadOnlyList<Block> blocks)
{
    public IReadOnlyList<Block> Blocks { get; } = blocks;

    /// <summary>
    /// The note's rows at a width, its blocks stacked as in the flow. Anchors become destinations in the rows
    /// (there is no block start in the footnote area to hang them on). Notes called from inside this note follow
    /// it, so a note that only another note refers to is still set.
    /// </summary>
    public BlockRows Layout(LayoutContext context, double width) =>
        Stack(context, width, new HashSet<Footnote>(ReferenceEqualityComparer.Instance));

    private BlockRows Stack(LayoutContext context, double width, HashSet<Footnote> seen)
    {
        seen.Add(this);
        var rows = new List<Row>();
        var breakable = new List<bool>();
        var nested = new List<Footnote>();
        Block? previous = null;
        foreach (var block in Blocks)
        {
            var laid = block.LayOut(context, width);
            if (laid.Count == 0 && block.Anchors.Count == 0) continue;
            var space = previous is null ? 0 : Math.Max(previous.SpaceAfter, block.SpaceBefore);
            var blockRows = laid.Count > 0 ? laid.Rows : [new Row(0, [])];
            for (var i = 0; i < blockRows.Count; i++)
            {
                var row = blockRows[i];
                nested.AddRange(row.Footnotes.Where(n => !seen.Contains(n)));
                var items = row.Items;
                var height = row.Height;
                if (i == 0)
                {
                    // The space between two blocks rides on the second one's first row, so that a split between
                    // them never leaves a lone gap at the foot of a page.
                    items = [.. block.Anchors.Select(a => (PageItem)new DestinationItem(a, 0, 0)), .. items.Select(it => it.Offset(0, space))];
                    height += space;
                }
                rows.Add(new Row(height, items));
                breakable.Add(i == 0 ? previous is not null && !previous.KeepWithNext : laid.CanBreakBefore(i));
            }
            previous = block;
        }

        foreach (var note in nested)
        {
            if (!seen.Add(note)) continue;
            var inner = note.Stack(context, width, seen);
            for (var i = 0; i < inner.Count; i++)
            {
                rows.Add(inner.Rows[i]);
                breakable.Add(i == 0 || inner.CanBreakBefore(i));
            }
        }
        return new BlockRows(rows, i => breakable[i]);
    }
}
