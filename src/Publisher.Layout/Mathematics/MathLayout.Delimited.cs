using Publisher.Core.Mathematics;

namespace Publisher.Layout.Mathematics;

internal sealed partial class MathLayout
{
    /// <summary>
    /// <c>\left( … \middle| … \right)</c> (Appendix G, rule 19): the delimiters grown to cover the body around the math
    /// axis, as TeX sizes them: at least 90.1% of twice the body's larger reach from the axis, and at most 0.5 em short.
    /// </summary>
    private MathBox Delimited(MathDelimited delimited, MathStyle style)
    {
        var parts = delimited.Parts.Select(p => Node(p, style)).ToList();
        var axis = Axis(style);
        var reach = parts.Max(p => Math.Max(p.Height - axis, p.Depth + axis));
        var total = Math.Max(2 * reach * 0.901, 2 * reach - 0.5 * SizeOf(style));
        var box = new MathBox { Class = AtomClass.Inner };
        var x = 0.0;
        void Put(MathBox item)
        {
            box.Add(item, x, 0);
            x += item.Width;
            box.Height = Math.Max(box.Height, item.Height);
            box.Depth = Math.Max(box.Depth, item.Depth);
        }
        Put(Delimiter(delimited.Open, total, style));
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) Put(Delimiter(delimited.Middles[i - 1], total, style));
            Put(parts[i]);
        }
        Put(Delimiter(delimited.Close, total, style));
        box.Width = x;
        return box;
    }
}
