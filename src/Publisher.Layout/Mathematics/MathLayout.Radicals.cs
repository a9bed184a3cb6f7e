using Publisher.Core.Mathematics;

namespace Publisher.Layout.Mathematics;

internal sealed partial class MathLayout
{
    private const int RadicalSign = 0x221A;

    /// <summary>
    /// A root (Appendix G, rule 11): the radical sign grown to the radicand's height and the gap, a rule over the
    /// radicand from the sign's top, and the index, smaller, raised into the sign's crook.
    /// </summary>
    private MathBox Radical(MathRadical radical, MathStyle style)
    {
        var body = Node(radical.Body, style.Cramp());
        var thickness = C(MathConstant.RadicalRuleThickness, style);
        var gap = C(style.IsDisplay ? MathConstant.RadicalDisplayStyleVerticalGap : MathConstant.RadicalVerticalGap, style);
        var at = SizeOf(style);
        var sign = Stretched(RadicalSign, body.Height + body.Depth + gap + thickness, vertical: true, at, "√");
        var signTotal = sign.Height + sign.Depth;
        // Extra height of the sign is shared out above and below the radicand.
        if (signTotal > body.Height + body.Depth + gap + thickness) gap += (signTotal - (body.Height + body.Depth + gap + thickness)) / 2;
        var ruleTop = body.Height + gap + thickness;
        // The sign's top meets the rule's top.
        var signShift = -(ruleTop - sign.Height);

        var box = new MathBox();
        var x = 0.0;
        MathBox? index = null;
        if (radical.Index is not null)
        {
            index = Node(radical.Index, MathStyle.Text with { Level = 3, Cramped = true });
            var before = C(MathConstant.RadicalKernBeforeDegree, style);
            var after = C(MathConstant.RadicalKernAfterDegree, style);
            var raise = font.Constant(MathConstant.RadicalDegreeBottomRaisePercent) * signTotal;
            // The index's bottom stands that share of the sign's height above the sign's bottom.
            var bottom = ruleTop - signTotal + raise;
            box.Add(index, before, -(bottom + index.Depth));
            x = Math.Max(0, before + index.Width + after);
            box.Height = Math.Max(box.Height, bottom + index.Depth + index.Height);
        }
        box.Add(sign, x, signShift);
        x += sign.Width;
        box.Add(body, x, 0);
        box.Rules.Add(new RulePiece(x, -(ruleTop - thickness / 2), body.Width, thickness));
        box.Width = x + body.Width;
        box.Height = Math.Max(box.Height, ruleTop + C(MathConstant.RadicalExtraAscender, style));
        box.Depth = Math.Max(body.Depth, signTotal - ruleTop);
        return box;
    }
}
