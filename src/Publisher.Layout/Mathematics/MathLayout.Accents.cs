using Publisher.Core.Mathematics;

namespace Publisher.Layout.Mathematics;

internal sealed partial class MathLayout
{
    /// <summary>The combining mark a math font draws each accent with (the EPUB writes the spacing character instead).</summary>
    private static int AccentMark(string accent, bool stretchy) => accent switch
    {
        "^" => 0x0302, "ˇ" => 0x030C, "˘" => 0x0306, "´" => 0x0301, "`" => 0x0300, "~" => 0x0303, "¯" => 0x0304,
        "→" => stretchy ? 0x2192 : 0x20D7, "←" => 0x2190, "↔" => 0x2194, "˙" => 0x0307, "¨" => 0x0308, "⃛" => 0x20DB, "˚" => 0x030A,
        _ => char.ConvertToUtf32(accent, 0),
    };

    /// <summary>
    /// An accent over its base (Appendix G, rule 12), centred on the base's accent point, raised as far as the base is
    /// taller than the font's accent base height; a wide one grown to the base's width. <c>\overline</c> and
    /// <c>\underline</c> are rules; braces go under or over, grown to the base.
    /// </summary>
    private MathBox Accent(MathAccent accent, MathStyle style)
    {
        var baseBox = Node(accent.Base, accent.Under ? style : style.Cramp());
        var at = SizeOf(style);
        if (accent.Accent is "‾" or "_")
            return Bar(baseBox, style, over: !accent.Under);
        var mark = AccentMark(accent.Accent, accent.Stretchy);
        var glyph = accent.Stretchy
            ? Stretched(mark, baseBox.Width, vertical: false, at, accent.Accent)
            : Glyphs(char.ConvertFromUtf32(mark), style, AtomClass.Ord);
        var box = new MathBox { Class = baseBox.Class, Italic = baseBox.Italic };
        box.Add(baseBox, 0, 0);
        var baseAttach = double.IsNaN(baseBox.TopAccent) ? baseBox.Width / 2 : baseBox.TopAccent;
        var markAttach = !accent.Stretchy && !double.IsNaN(glyph.TopAccent) ? glyph.TopAccent : glyph.Width / 2;
        var x = baseAttach - markAttach;
        if (accent.Under)
        {
            // A brace under the base, its top a little below the base's bottom.
            var drop = baseBox.Depth + glyph.Height + 0.1 * at;
            box.Add(glyph, x, drop);
            box.Depth = drop + glyph.Depth;
            box.Height = baseBox.Height;
        }
        else
        {
            // Combining marks are drawn for a base as tall as the accent base height: a taller base lifts them.
            var lift = mark is 0x23DE or 0x2192 or 0x2190 or 0x2194
                ? baseBox.Height + glyph.Depth + 0.1 * at
                : Math.Max(0, baseBox.Height - C(MathConstant.AccentBaseHeight, style));
            box.Add(glyph, x, -lift);
            box.Height = Math.Max(baseBox.Height, lift + glyph.Height);
            box.Depth = baseBox.Depth;
        }
        box.Width = Math.Max(baseBox.Width, x + glyph.Width);
        return box;
    }

    /// <summary><c>\overline</c> or <c>\underline</c>: a rule over or under the base, at the font's gap, as thick as it says.</summary>
    private MathBox Bar(MathBox baseBox, MathStyle style, bool over)
    {
        var gap = C(over ? MathConstant.OverbarVerticalGap : MathConstant.UnderbarVerticalGap, style);
        var thickness = C(over ? MathConstant.OverbarRuleThickness : MathConstant.UnderbarRuleThickness, style);
        var extra = C(over ? MathConstant.OverbarExtraAscender : MathConstant.UnderbarExtraDescender, style);
        var box = new MathBox { Width = baseBox.Width, Class = baseBox.Class, Height = baseBox.Height, Depth = baseBox.Depth };
        box.Add(baseBox, 0, 0);
        var reach = (over ? baseBox.Height : baseBox.Depth) + gap;
        box.Rules.Add(new RulePiece(0, over ? -(reach + thickness / 2) : reach + thickness / 2, baseBox.Width, thickness));
        if (over) box.Height = reach + thickness + extra;
        else box.Depth = reach + thickness + extra;
        return box;
    }
}
