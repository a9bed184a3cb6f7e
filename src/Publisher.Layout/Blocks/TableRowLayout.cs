using Publisher.Layout.Pages;

namespace Publisher.Layout.Blocks;

/// <summary>
/// Sets one row of a <see cref="TableBlock"/>: each cell's text as a paragraph in its
/// columns, inside the padding, aligned as its column; the row as tall as its tallest cell,
/// cells set from the top. A row may be cut into bands at the heights where no cell has a
/// line crossing, so that a row too tall for a page can continue on the next one.
/// </summary>
internal static class TableRowLayout
{
    private const double Tolerance = 0.01;

    /// <summary>One line of one cell, its top and bottom within the row; items placed at x, relative to the line's top.</summary>
    private readonly record struct CellLine(double Top, double Bottom, IReadOnlyList<PageItem> Items,
        IReadOnlyList<Footnote> Footnotes, TypesetLine? Typeset);

    /// <returns>The row's bands, top to bottom: one, unless <paramref name="mayCut"/> and the row has lines to cut between.</returns>
    /// <param name="mirrorWidth">Set for a right-to-left table: the width its edges are mirrored in (x becomes width - x).</param>
    public static List<Row> Lay(LayoutContext context, TableBlock table, TableBlockRow row, double[] left, double scale,
        bool mayCut, double? mirrorWidth = null)
    {
        var style = table.Style;
        var padX = style.PaddingX * scale;
        var padY = style.PaddingY * scale;
        var leading = style.Leading * scale;
        var lines = new List<CellLine>();
        var content = 0.0;
        foreach (var cell in row.Cells)
        {
            var cellWidth = left[cell.Column + table.Span(cell)] - left[cell.Column];
            var x = mirrorWidth is { } w ? w - left[cell.Column + table.Span(cell)] : left[cell.Column];
            var paragraph = new ParagraphBlock
            {
                Runs = TableBlock.Scaled(cell.Runs, scale),
                Leading = leading,
                Align = table.Columns[cell.Column],
                LeftIndent = padX,
                RightIndent = padX,
                Source = table.Source,
                Structure = cell.Structure,
                RightToLeft = table.RightToLeft,
            };
            var y = padY;
            foreach (var line in paragraph.LayOut(context, cellWidth).Rows)
            {
                lines.Add(new CellLine(y, y + line.Height, line.Items.Select(i => i.Offset(x, 0)).ToList(), line.Footnotes,
                    line.Line is { } typeset ? typeset with { InTable = true } : null));
                y += line.Height;
            }
            content = Math.Max(content, y - padY);
        }
        // A row of empty cells still takes a line, as it does in a browser.
        var height = Math.Max(content, leading) + 2 * padY;

        List<double> edges = [0, .. mayCut ? Cuts(lines, padY, padY + content) : [], height];
        var bands = new List<Row>(edges.Count - 1);
        for (var k = 0; k + 1 < edges.Count; k++)
        {
            var (top, bottom) = (edges[k], edges[k + 1]);
            var inBand = lines.Where(l => l.Top >= top - Tolerance && l.Top < bottom - Tolerance).ToList();
            var items = inBand.SelectMany(l => l.Items.Select(i => i.Offset(0, l.Top - top)));
            // Notes called from a cell go to the foot of the page the band lands on, as from a line of text.
            bands.Add(new Row(bottom - top, items.ToList())
            {
                Footnotes = inBand.SelectMany(l => l.Footnotes).ToList(),
                CellLines = inBand.Select(l => l.Typeset).OfType<TypesetLine>().ToList(),
            });
        }
        return bands;
    }

    /// <summary>Heights inside the content where every cell is between two lines (or done).</summary>
    private static IEnumerable<double> Cuts(List<CellLine> lines, double contentTop, double contentBottom)
    {
        var last = contentTop;
        foreach (var y in lines.Select(l => l.Bottom).Order())
        {
            if (y <= last + Tolerance || y >= contentBottom - Tolerance) continue;
            if (lines.Any(l => l.Top < y - Tolerance && l.Bottom > y + Tolerance)) continue;
            last = y;
            yield return y;
        }
    }
}
