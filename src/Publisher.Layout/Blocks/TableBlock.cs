using Publisher.Layout.Breaking;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Blocks;

/// <summary>
/// A table: rows of cells in aligned columns whose widths come from their content, ruled in
/// the book style (above, under the header, below; no vertical lines). It lays out into one
/// <see cref="Row"/> per table row, so pages may end between rows; a page the table continues
/// on opens with its header again, and a page it breaks on closes with its bottom rule.
/// A table too wide for the text even with every line broken sets its text smaller, down to
/// <see cref="TableStyle.MinScale"/>, and then cuts words: it never crosses the margin.
/// </summary>
public sealed record TableBlock : Block
{
    /// <summary>The alignment of each column; their number is the table's number of columns.</summary>
    public required IReadOnlyList<Alignment> Columns { get; init; }
    public required IReadOnlyList<TableBlockRow> Rows { get; init; }
    public required TableStyle Style { get; init; }
    public double LeftIndent { get; init; }

    public override BlockRows Layout(LayoutContext context, double width)
    {
        foreach (var cell in Rows.SelectMany(r => r.Cells))
            if (cell.Column < 0 || cell.Column >= Columns.Count)
                throw new ArgumentException($"a cell in column {cell.Column} of a table with {Columns.Count} columns");
        var available = Math.Max(1, width - LeftIndent);
        var scale = 1.0;
        var (min, max) = Measure(context, scale);
        if (min.Sum() > available)
        {
            // Glyph advances and the scaled padding grow linearly with the size, so this
            // scale brings the unbreakable pieces exactly to the width (unless floored).
            scale = Math.Max(Style.MinScale, available / min.Sum());
            (min, max) = Measure(context, scale);
        }
        var widths = ColumnWidths.Fit(min, max, available);
        var left = new double[widths.Length + 1];
        left[0] = LeftIndent;
        for (var c = 0; c < widths.Length; c++) left[c + 1] = left[c] + widths[c];

        var top = Rule(Style.RuleThickness, left);
        var rows = new List<Row> { top };
        var header = new List<Row> { top };
        var headerDone = false;
        var firstBody = -1;
        foreach (var row in Rows)
        {
            if (!row.IsHeader && !headerDone)
            {
                headerDone = true;
                if (header.Count > 1) AddRule(rows, header, Style.HeaderRuleThickness, left);
                firstBody = rows.Count;
            }
            var laid = LayRow(context, row, left, scale);
            rows.Add(laid);
            if (!headerDone) header.Add(laid);
        }
        if (!headerDone && header.Count > 1) AddRule(rows, header, Style.HeaderRuleThickness, left);
        var bottom = Rule(Style.RuleThickness, left);
        rows.Add(bottom);

        // Pages may end only between body rows: the header keeps the first body row with
        // it, and the last body row keeps the bottom rule.
        var last = rows.Count - 1;
        return new BlockRows(rows, i => firstBody >= 0 && i > firstBody && i < last)
        {
            RepeatedHeader = header,
            BreakFooter = bottom,
        };
    }

    /// <summary>Each column's min- and max-content width, padding included, with the text at <paramref name="scale"/>.</summary>
    private (double[] Min, double[] Max) Measure(LayoutContext context, double scale)
    {
        var padding = 2 * Style.PaddingX * scale;
        var demands = Rows.SelectMany(r => r.Cells).Select(cell =>
        {
            var content = ContentWidths.Of(new ParagraphGlyphs(Scaled(cell.Runs, scale), context.Shaper));
            return new ColumnWidths.Demand(cell.Column, Span(cell), content.Min + padding, content.Max + padding);
        });
        return ColumnWidths.Combine(Columns.Count, demands);
    }

    private Row LayRow(LayoutContext context, TableBlockRow row, double[] left, double scale)
    {
        var padX = Style.PaddingX * scale;
        var padY = Style.PaddingY * scale;
        var leading = Style.Leading * scale;
        var items = new List<PageItem>();
        var content = 0.0;
        foreach (var cell in row.Cells)
        {
            var x = left[cell.Column];
            var paragraph = new ParagraphBlock
            {
                Runs = Scaled(cell.Runs, scale),
                Leading = leading,
                Align = Columns[cell.Column],
                LeftIndent = padX,
                RightIndent = padX,
            };
            var y = padY;
            foreach (var line in paragraph.Layout(context, left[cell.Column + Span(cell)] - x).Rows)
            {
                foreach (var item in line.Items) items.Add(item.Offset(x, y));
                y += line.Height;
            }
            content = Math.Max(content, y - padY);
        }
        // A row of empty cells still takes a line, as it does in a browser.
        return new Row(Math.Max(content, leading) + 2 * padY, items);
    }

    private int Span(TableBlockCell cell) => Math.Clamp(cell.Span, 1, Columns.Count - cell.Column);

    private static IReadOnlyList<TextRun> Scaled(IReadOnlyList<TextRun> runs, double scale) =>
        scale == 1 ? runs : runs.Select(r => r with { Style = r.Style with { Size = r.Style.Size * scale } }).ToList();

    /// <summary>A rule across the table, as a row of its own thickness (empty when there is no rule).</summary>
    private Row Rule(double thickness, double[] left) => thickness <= 0
        ? new Row(0, [])
        : new Row(thickness, [new RuleItem(left[0], thickness / 2, left[^1], thickness / 2, thickness, Style.RuleColor)]);

    private void AddRule(List<Row> rows, List<Row> header, double thickness, double[] left)
    {
        var rule = Rule(thickness, left);
        rows.Add(rule);
        header.Add(rule);
    }
}
