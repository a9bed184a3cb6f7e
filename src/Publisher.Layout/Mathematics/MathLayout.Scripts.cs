using Publisher.Core.Mathematics;

namespace Publisher.Layout.Mathematics;

internal sealed partial class MathLayout
{
    /// <summary>
    /// Sub- and superscripts beside the base (Appendix G, rules 18a–f), or, on a big operator in display (or with
    /// <c>\limits</c>), limits above and below it (rule 13a).
    /// </summary>
    private MathBox Scripts(MathScripts scripts, MathStyle style)
    {
        var baseBox = Node(scripts.Base, style);
        // An operator's own rule (\limits, \nolimits, or ∫ and sin never), else display puts limits above and below.
        var limits = (baseBox.LargeOperator || baseBox.Class == AtomClass.Op) && ((scripts.Base as MathAtom)?.Limits ?? style.IsDisplay)
            // A brace over or under a formula takes its annotation above or below it, as amsmath's \overbrace{…}^{…}.
            || scripts.Base is MathAccent { Accent: "⏞" or "⏟" };
        var sup = scripts.Sup is null ? null : Node(scripts.Sup, style.Superscript());
        var sub = scripts.Sub is null ? null : Node(scripts.Sub, style.Subscript());
        var result = limits ? Limits(baseBox, sub, sup, style) : Attach(baseBox, sub, sup, style);
        result.Class = baseBox.Class;
        return result;
    }

    private MathBox Attach(MathBox baseBox, MathBox? sub, MathBox? sup, MathStyle style)
    {
        var box = new MathBox();
        box.Add(baseBox, 0, 0);
        // The base's width holds its italic correction: a superscript goes after it, a subscript tucks under.
        var italic = baseBox.Italic;
        // A character's scripts are placed by the font's shifts alone (rule 18a); any other base, and a big operator
        // (a box once centred on the axis, rule 13), also by its own height and depth.
        var character = baseBox.SingleGlyph && !baseBox.LargeOperator;
        double u = 0, v = 0;
        if (sup is not null)
        {
            var drop = character ? 0 : baseBox.Height - C(MathConstant.SuperscriptBaselineDropMax, style.Superscript());
            u = Math.Max(drop, Math.Max(C(style.Cramped ? MathConstant.SuperscriptShiftUpCramped : MathConstant.SuperscriptShiftUp, style),
                sup.Depth + C(MathConstant.SuperscriptBottomMin, style)));
        }
        if (sub is not null)
        {
            var drop = character ? 0 : baseBox.Depth + C(MathConstant.SubscriptBaselineDropMin, style.Subscript());
            v = Math.Max(drop, Math.Max(C(MathConstant.SubscriptShiftDown, style), sub.Height - C(MathConstant.SubscriptTopMax, style)));
        }
        if (sup is not null && sub is not null)
        {
            var gap = (u - sup.Depth) - (sub.Height - v);
            var needed = C(MathConstant.SubSuperscriptGapMin, style) - gap;
            if (needed > 0)
            {
                // The superscript goes up first, as far as the font allows with a subscript; the rest pushes the subscript down.
                var up = Math.Max(0, Math.Min(needed, C(MathConstant.SuperscriptBottomMaxWithSubscript, style) - (u - sup.Depth)));
                u += up;
                v += needed - up;
            }
        }
        var right = baseBox.Width;
        if (sup is not null)
        {
            box.Add(sup, baseBox.Width, -u);
            right = Math.Max(right, baseBox.Width + sup.Width);
        }
        if (sub is not null)
        {
            box.Add(sub, baseBox.Width - italic, v);
            right = Math.Max(right, baseBox.Width - italic + sub.Width);
        }
        box.Width = right + C(MathConstant.SpaceAfterScript, style);
        box.Height = Math.Max(baseBox.Height, sup is null ? 0 : u + sup.Height);
        box.Depth = Math.Max(baseBox.Depth, sub is null ? 0 : v + sub.Depth);
        return box;
    }

    /// <summary>Limits centred above and below the base, the upper one a little right of a slanted operator's middle.</summary>
    private MathBox Limits(MathBox baseBox, MathBox? sub, MathBox? sup, MathStyle style)
    {
        var width = Math.Max(baseBox.Width, Math.Max(sup?.Width ?? 0, sub?.Width ?? 0));
        var box = new MathBox { Width = width };
        box.Add(baseBox, (width - baseBox.Width) / 2, 0);
        box.Height = baseBox.Height;
        box.Depth = baseBox.Depth;
        var italic = baseBox.Italic;
        if (sup is not null)
        {
            var rise = baseBox.Height + Math.Max(C(MathConstant.UpperLimitBaselineRiseMin, style), C(MathConstant.UpperLimitGapMin, style) + sup.Depth);
            box.Add(sup, (width - sup.Width) / 2 + italic / 2, -rise);
            box.Height = rise + sup.Height;
        }
        if (sub is not null)
        {
            var drop = baseBox.Depth + Math.Max(C(MathConstant.LowerLimitBaselineDropMin, style), C(MathConstant.LowerLimitGapMin, style) + sub.Height);
            box.Add(sub, (width - sub.Width) / 2 - italic / 2, drop);
            box.Depth = drop + sub.Depth;
        }
        return box;
    }

    /// <summary><c>\overset</c>, <c>\underset</c>: like limits, in script style.</summary>
    private MathBox UnderOver(MathUnderOver node, MathStyle style)
    {
        var baseBox = Node(node.Base, style);
        var over = node.Over is null ? null : Node(node.Over, style.Superscript());
        var under = node.Under is null ? null : Node(node.Under, style.Subscript());
        var box = Limits(baseBox, under, over, style);
        box.Class = baseBox.Class;
        return box;
    }
}
