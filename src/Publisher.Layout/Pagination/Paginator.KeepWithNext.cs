using Publisher.Layout.Blocks;

namespace Publisher.Layout.Pagination;

/// <summary>Keep-with-next: how much of what follows a heading must stand on the heading's page.</summary>
public sealed partial class Paginator
{
    /// <summary>A heading keeps with at least this many lines of what follows it.</summary>
    private const int LinesKeptWithHeading = 2;

    /// <summary>
    /// The height needed below a heading for the start of block <paramref name="first"/>: its first unbreakable
    /// rows and their notes, and when those are a whole block of fewer than <see cref="LinesKeptWithHeading"/>
    /// lines (a one-line paragraph or list item), the start of the blocks after it too, so that a heading never
    /// stands with a single line under it at the foot of a page. A row that is not a line of text (an image, a
    /// table's first row with its header) is enough on its own.
    /// </summary>
    private double StartKeptWithHeading(IReadOnlyList<Block> blocks, int first, Func<int, BlockRows> rowsOf)
    {
        var height = 0.0;
        var lines = 0;
        for (var k = first; k < blocks.Count; k++)
        {
            if (k > first)
            {
                if (blocks[k].PageBreakBefore) break;
                height += Math.Max(blocks[k - 1].SpaceAfter, blocks[k].SpaceBefore);
            }
            var rows = rowsOf(k);
            height += rows.FirstChunkHeight() + FirstChunkFootnotesHeight(rows);
            var chunk = 0;
            while (chunk < rows.Count && (chunk == 0 || !rows.CanBreakBefore(chunk))) chunk++;
            for (var r = 0; r < chunk; r++) lines += rows.Rows[r].Line is null ? LinesKeptWithHeading : 1;
            if (lines >= LinesKeptWithHeading || chunk < rows.Count) break;
        }
        return height;
    }
}
