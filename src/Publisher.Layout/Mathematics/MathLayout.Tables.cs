using Publisher.Core.Mathematics;

namespace Publisher.Layout.Mathematics;

internal sealed partial class MathLayout
{
    /// <summary>
    /// A matrix, cases or aligned equations: cells in columns (centred in a matrix, left in cases, right then left in
    /// each pair of aligned columns so the relations line up), rows at least a strut apart, the whole centred on the
    /// math axis between its delimiters, grown to its height.
    /// </summary>
    private MathBox Table(MathTable table, MathStyle style)
    {
        var cellStyle = table.Kind is MathTableKind.Aligned or MathTableKind.Gathered ? MathStyle.Display with { Cramped = style.Cramped }
            : MathStyle.Text with { Cramped = style.Cramped };
        var at = SizeOf(style);
        var cells = table.Rows.Select(row => row.Select((cell, i) => AlignedCell(table.Kind, cell, i, cellStyle)).ToList()).ToList();
        var columns = cells.Count == 0 ? 0 : cells.Max(r => r.Count);
        var widths = new double[columns];
        foreach (var row in cells)
            for (var i = 0; i < row.Count; i++) widths[i] = Math.Max(widths[i], row[i].Width);
        // Between a matrix's columns 1 em (TeX's 2 × \arraycolsep); in cases before the condition 1 em; aligned pairs 2 em apart.
        double Gap(int i) => table.Kind switch
        {
            MathTableKind.Aligned => i % 2 == 0 ? 0 : 2 * at,
            _ => at,
        };
        var strutHeight = 0.7 * at;
        var strutDepth = 0.3 * at;
        var rowGap = (table.Kind is MathTableKind.Aligned or MathTableKind.Gathered ? 0.3 : 0.2) * at;
        var box = new MathBox();
        var y = 0.0; // top of the current row, downward from the table's top
        var tableWidth = widths.Sum() + Enumerable.Range(0, Math.Max(0, columns - 1)).Sum(Gap);
        foreach (var row in cells)
        {
            var height = Math.Max(strutHeight, row.Count == 0 ? 0 : row.Max(c => c.Height));
            var depth = Math.Max(strutDepth, row.Count == 0 ? 0 : row.Max(c => c.Depth));
            var x = 0.0;
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var alignRight = table.Kind == MathTableKind.Aligned && i % 2 == 0;
                var alignLeft = table.Kind == MathTableKind.Cases || (table.Kind == MathTableKind.Aligned && i % 2 == 1);
                var offset = alignRight ? widths[i] - cell.Width : alignLeft ? 0 : (widths[i] - cell.Width) / 2;
                if (table.Kind == MathTableKind.Gathered) offset = (tableWidth - cell.Width) / 2 - x;
                box.Add(cell, x + offset, y + height);
                x += widths[i] + (i + 1 < columns ? Gap(i) : 0);
            }
            y += height + depth + rowGap;
        }
        var total = Math.Max(0, y - rowGap);
        // Centred on the axis: the table's middle at the axis height.
        var centred = new MathBox { Width = tableWidth };
        var top = total / 2 + Axis(style);
        centred.Add(box, 0, -top);
        centred.Height = top;
        centred.Depth = total - top;
        if (table.Open.Length == 0 && table.Close.Length == 0) return centred;
        var open = Delimiter(table.Open, total, style);
        var close = Delimiter(table.Close, total, style);
        var framed = new MathBox { Class = AtomClass.Inner };
        var space = table.Kind == MathTableKind.Cases ? 0.2 * at : 0.1 * at;
        framed.Add(open, 0, 0);
        framed.Add(centred, open.Width + space, 0);
        framed.Add(close, open.Width + 2 * space + centred.Width, 0);
        framed.Width = open.Width + 2 * space + centred.Width + close.Width;
        framed.Height = Math.Max(centred.Height, Math.Max(open.Height, close.Height));
        framed.Depth = Math.Max(centred.Depth, Math.Max(open.Depth, close.Depth));
        return framed;
    }

    /// <summary>
    /// A cell; in aligned equations a right-hand cell that begins with a relation or operator is spaced as if something
    /// stood before it (TeX's <c>&amp;=</c> is <c>{}=</c>).
    /// </summary>
    private MathBox AlignedCell(MathTableKind kind, MathNode cell, int column, MathStyle style)
    {
        if (kind == MathTableKind.Aligned && column % 2 == 1 && cell is MathRow { Items.Count: > 0 } row
            && row.Items[0] is MathAtom { Class: AtomClass.Rel or AtomClass.Bin })
            return Row([new MathAtom("", AtomKind.Identifier, AtomClass.Ord), .. row.Items], style);
        if (kind == MathTableKind.Aligned && column % 2 == 1 && cell is MathAtom { Class: AtomClass.Rel or AtomClass.Bin } atom)
            return Row([new MathAtom("", AtomKind.Identifier, AtomClass.Ord), atom], style);
        return Node(cell, style);
    }
}
