using Publisher.Core.Mathematics;

namespace Publisher.Layout.Mathematics;

internal sealed partial class MathLayout
{
    /// <summary>
    /// TeX's spaces between atoms (Appendix G, rule 20): 0 none, 1 thin (3 mu), 2 medium (4 mu), 3 thick (5 mu), by the
    /// left atom's class (row) and the right one's (column); negative: none in script styles. Order of classes:
    /// Ord, Op, Bin, Rel, Open, Close, Punct, Inner.
    /// </summary>
    private static readonly int[,] Spacing =
    {
        { 0, 1, -2, -3, 0, 0, 0, -1 },
        { 1, 1, 0, -3, 0, 0, 0, -1 },
        { -2, -2, 0, 0, -2, 0, 0, -2 },
        { -3, -3, 0, 0, -3, 0, 0, -3 },
        { 0, 0, 0, 0, 0, 0, 0, 0 },
        { 0, 1, -2, -3, 0, 0, 0, -1 },
        { -1, -1, 0, -1, -1, -1, -1, -1 },
        { -1, 1, -2, -3, -1, 0, -1, -1 },
    };

    /// <summary>Items side by side, with the spaces their classes call for; a binary operator with nothing to join is ordinary.</summary>
    private MathBox Row(IReadOnlyList<MathNode> nodes, MathStyle style)
    {
        var boxes = nodes.Select(n => Node(n, style)).ToList();
        // Rule 5 and 6: a Bin that follows nothing, an operator, a relation, an opening or punctuation, or that comes
        // before a relation, a closing or punctuation, is an Ord (the minus of "-1", the star of "a * = b").
        AtomClass? previous = null;
        for (var i = 0; i < boxes.Count; i++)
        {
            if (boxes[i].IsSpace) continue;
            if (boxes[i].Class == AtomClass.Bin && previous is null or AtomClass.Bin or AtomClass.Op or AtomClass.Rel or AtomClass.Open or AtomClass.Punct)
                boxes[i].Class = AtomClass.Ord;
            previous = boxes[i].Class;
        }
        for (var i = boxes.Count - 1; i >= 0; i--)
        {
            if (boxes[i].IsSpace || boxes[i].Class != AtomClass.Bin) continue;
            var next = boxes.Skip(i + 1).FirstOrDefault(b => !b.IsSpace);
            if (next is null || next.Class is AtomClass.Rel or AtomClass.Close or AtomClass.Punct) boxes[i].Class = AtomClass.Ord;
        }

        var row = new MathBox();
        var x = 0.0;
        MathBox? left = null;
        var mu = SizeOf(style) / 18;
        foreach (var box in boxes)
        {
            if (!box.IsSpace && left is not null)
            {
                var space = Spacing[(int)left.Class, (int)box.Class];
                if (space > 0 || (space < 0 && !style.IsScript)) x += Math.Abs(space) switch { 1 => 3, 2 => 4, _ => 5 } * mu;
            }
            row.Add(box, x, 0);
            x += box.Width;
            row.Height = Math.Max(row.Height, box.Height);
            row.Depth = Math.Max(row.Depth, box.Depth);
            if (!box.IsSpace) left = box;
        }
        row.Width = x;
        if (boxes.Count == 1)
        {
            var only = boxes[0];
            row.Class = only.Class;
            row.Italic = only.Italic;
            row.TopAccent = only.TopAccent;
            row.SingleGlyph = only.SingleGlyph;
            row.LargeOperator = only.LargeOperator;
            row.IsSpace = only.IsSpace;
        }
        return row;
    }
}
