using Publisher.Core.Mathematics;

namespace Publisher.Layout.Mathematics;

internal sealed partial class MathLayout
{
    /// <summary>
    /// A fraction (Appendix G, rule 15): numerator and denominator in their smaller styles, centred, kept their minimum
    /// gaps from a rule on the math axis; a binomial coefficient the same without the rule (the stack's gaps), in
    /// parentheses that grow to it.
    /// </summary>
    private MathBox Fraction(MathFraction fraction, MathStyle outer)
    {
        var style = fraction.Display switch { true => MathStyle.Display with { Cramped = outer.Cramped }, false => MathStyle.Text with { Cramped = outer.Cramped }, _ => outer };
        var numerator = Node(fraction.Numerator, style.Numerator());
        var denominator = Node(fraction.Denominator, style.Denominator());
        var axis = Axis(style);
        var display = style.IsDisplay;
        double up, down;
        var thickness = fraction.Rule ? C(MathConstant.FractionRuleThickness, style) : 0;
        if (fraction.Rule)
        {
            up = C(display ? MathConstant.FractionNumeratorDisplayStyleShiftUp : MathConstant.FractionNumeratorShiftUp, style);
            down = C(display ? MathConstant.FractionDenominatorDisplayStyleShiftDown : MathConstant.FractionDenominatorShiftDown, style);
            var numeratorGap = C(display ? MathConstant.FractionNumDisplayStyleGapMin : MathConstant.FractionNumeratorGapMin, style);
            var denominatorGap = C(display ? MathConstant.FractionDenomDisplayStyleGapMin : MathConstant.FractionDenominatorGapMin, style);
            up = Math.Max(up, axis + thickness / 2 + numeratorGap + numerator.Depth);
            down = Math.Max(down, denominator.Height + denominatorGap - (axis - thickness / 2));
        }
        else
        {
            up = C(display ? MathConstant.StackTopDisplayStyleShiftUp : MathConstant.StackTopShiftUp, style);
            down = C(display ? MathConstant.StackBottomDisplayStyleShiftDown : MathConstant.StackBottomShiftDown, style);
            var gap = C(display ? MathConstant.StackDisplayStyleGapMin : MathConstant.StackGapMin, style);
            var shortfall = gap - ((up - numerator.Depth) - (denominator.Height - down));
            if (shortfall > 0)
            {
                up += shortfall / 2;
                down += shortfall / 2;
            }
        }
        // A little room on either side, as TeX's null delimiters give it: fractions side by side do not touch.
        var pad = 0.12 * SizeOf(style);
        var width = Math.Max(numerator.Width, denominator.Width) + 2 * pad;
        var box = new MathBox { Width = width, Class = AtomClass.Inner };
        box.Add(numerator, (width - numerator.Width) / 2, -up);
        box.Add(denominator, (width - denominator.Width) / 2, down);
        if (fraction.Rule) box.Rules.Add(new RulePiece(pad, -axis, width - 2 * pad, thickness));
        box.Height = up + numerator.Height;
        box.Depth = down + denominator.Depth;
        if (fraction.Open is null && fraction.Close is null) return box;
        // A binomial's parentheses, as tall as the stack.
        var total = box.Height + box.Depth;
        var open = Delimiter(fraction.Open ?? "", total, style);
        var close = Delimiter(fraction.Close ?? "", total, style);
        var framed = new MathBox { Class = AtomClass.Inner };
        framed.Add(open, 0, 0);
        framed.Add(box, open.Width, 0);
        framed.Add(close, open.Width + box.Width, 0);
        framed.Width = open.Width + box.Width + close.Width;
        framed.Height = Math.Max(box.Height, Math.Max(open.Height, close.Height));
        framed.Depth = Math.Max(box.Depth, Math.Max(open.Depth, close.Depth));
        return framed;
    }
}
