using Publisher.Layout.Breaking;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Blocks;

/// <summary>
/// A table: rows of cells in aligned columns whose widths come from their content, ruled in
/// the book style (above, under the header, below; no vertical lines). It lays out into one
/// <see cref="Row"/> per table row (a long row into several, cut between its lines), so pages
/// may end between rows; a page the table continues on opens with its header again, and a
/// page it breaks on closes with its bottom rule.
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
    /// <summary>Where the table was written, carried onto its cells' lines for the typography report.</summary>
    public SourceLine? Source { get; init; }
    /// <summary>
    /// The table is in right-to-left text: its first column stands on the right, <see cref="LeftIndent"/> is measured
    /// from the right margin, and its cells are right-to-left paragraphs.
    /// </summary>
    public bool RightToLeft { get; init; }

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
        // Right to left the same edges are measured from the right margin: x becomes width - x.
        double? mirror = RightToLeft ? width : null;

        var rows = new List<Row>();
        var breakBefore = new List<bool>();
        void Add(Row row, bool breakable) { rows.Add(row); breakBefore.Add(breakable); }

        var top = Rule(Style.RuleThickness, left, mirror);
        Add(top, false);
        var header = new List<Row> { top };
        void CloseHeader()
        {
            if (header.Count == 1 || Style.HeaderRuleThickness <= 0) return;
            var rule = Rule(Style.HeaderRuleThickness, left, mirror);
            Add(rule, false);
            header.Add(rule);
        }

        var inHeader = true;
        var bodyRows = 0;
        foreach (var row in Rows)
        {
            if (inHeader && !row.IsHeader) { inHeader = false; CloseHeader(); }
            var bands = TableRowLayout.Lay(context, this, row, left, scale, mayCut: !inHeader, mirror);
            // A page that opens with this row begins, in the sources, at the row's first cell.
            if (Origin is { } origin && row.SourceOffset is { } offset)
                foreach (var band in bands) band.Origin = origin with { Offset = offset };
            // Pages may end between body rows (the header keeps the first body row with it),
            // and inside a long body row where two of its lines stay on either side, as in a
            // paragraph; a header row is never cut.
            for (var k = 0; k < bands.Count; k++)
                Add(bands[k], !inHeader && (k == 0 ? bodyRows > 0 : k >= 2 && bands.Count - k >= 2));
            if (inHeader) header.AddRange(bands);
            else bodyRows++;
        }
        if (inHeader) CloseHeader();
        // The last body row keeps the bottom rule: no break before it.
        var bottom = Rule(Style.RuleThickness, left, mirror);
        Add(bottom, false);

        return new BlockRows(rows, i => breakBefore[i])
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

    internal int Span(TableBlockCell cell) => Math.Clamp(cell.Span, 1, Columns.Count - cell.Column);

    internal static IReadOnlyList<TextRun> Scaled(IReadOnlyList<TextRun> runs, double scale) =>
        scale == 1 ? runs : runs.Select(r => r with { Style = r.Style with { Size = r.Style.Size * scale } }).ToList();

    /// <summary>A rule across the table, as a row of its own thickness (empty when there is no rule).</summary>
    private Row Rule(double thickness, double[] left, double? mirror)
    {
        if (thickness <= 0) return new Row(0, []);
        var (from, to) = mirror is { } w ? (w - left[^1], w - left[0]) : (left[0], left[^1]);
        return new Row(thickness, [new RuleItem(from, thickness / 2, to, thickness / 2, thickness, Style.RuleColor)]);
    }
}
