using System.Text;
using Publisher.Core.Mathematics;
using Publisher.Layout.Fonts;

namespace Publisher.Layout.Mathematics;

/// <summary>
/// Lays out a formula's tree (<see cref="MathFormula"/>) with an OpenType math font, following the rules of TeX's
/// Appendix G as the OpenType MATH specification states them: styles and script sizes, the spaces between classes of
/// atoms, scripts and limits, fractions, radicals, growing delimiters, accents and tables. Each construct's rule is in a
/// file of its own (MathLayout.*.cs). Lengths are points at <see cref="Size"/>, the size of the text around the formula.
/// </summary>
/// <param name="textFace">The face of the text around the formula, which <c>\text{…}</c> is set in, as LaTeX sets it; null: the math font's letters.</param>
internal sealed partial class MathLayout(MathFont font, double size, FontFace? textFace = null)
{
    private MathFont Font => font;
    public double Size => size;

    public MathBox Layout(MathFormula formula) => Node(formula.Body, formula.Display ? MathStyle.Display : MathStyle.Text);

    /// <summary>The characters of the formula that neither the math font nor (for <c>\text</c>) the text's face has.</summary>
    public SortedSet<int> Missing { get; } = [];

    /// <summary>The font size of a style: script and scriptscript are the font's own shares of the text size.</summary>
    private double SizeOf(MathStyle style) => style.Level switch
    {
        <= 1 => size,
        2 => size * font.Constant(MathConstant.ScriptPercentScaleDown),
        _ => size * font.Constant(MathConstant.ScriptScriptPercentScaleDown),
    };

    /// <summary>A MATH constant in points at the style's size.</summary>
    private double C(MathConstant constant, MathStyle style) => font.Constant(constant) * SizeOf(style);

    private double Axis(MathStyle style) => C(MathConstant.AxisHeight, style);

    private MathBox Node(MathNode node, MathStyle style) => node switch
    {
        MathRow row => Row(row.Items, style),
        MathAtom atom => Atom(atom, style),
        MathScripts scripts => Scripts(scripts, style),
        MathFraction fraction => Fraction(fraction, style),
        MathRadical radical => Radical(radical, style),
        MathDelimited delimited => Delimited(delimited, style),
        MathAccent accent => Accent(accent, style),
        MathUnderOver underOver => UnderOver(underOver, style),
        MathTable table => Table(table, style),
        MathSpace space => new MathBox { Width = space.Em * SizeOf(style), IsSpace = true },
        MathStyled styled => Node(styled.Body, styled.Display ? MathStyle.Display with { Cramped = style.Cramped } : MathStyle.Text with { Cramped = style.Cramped }),
        _ => new MathBox(),
    };

    /// <summary>Glyphs side by side on one baseline: a symbol, a word (sin), text.</summary>
    private MathBox Glyphs(string text, MathStyle style, AtomClass cls)
    {
        var box = new MathBox { Class = cls };
        var at = SizeOf(style);
        var x = 0.0;
        ushort last = 0;
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = font.Glyph(rune.Value);
            if (glyph == 0) Missing.Add(rune.Value);
            var (height, depth) = font.Ink(glyph);
            box.Glyphs.Add(new GlyphPiece(glyph, at, x, 0, rune.ToString()));
            x += font.Advance(glyph) * at;
            box.Height = Math.Max(box.Height, height * at);
            box.Depth = Math.Max(box.Depth, depth * at);
            last = glyph;
            count++;
        }
        box.Width = x;
        box.SingleGlyph = count == 1;
        if (count > 0)
        {
            box.Italic = font.ItalicsCorrection(last) * at;
            if (count == 1) box.TopAccent = font.TopAccentAttachment(last) * at;
        }
        return box;
    }

    private MathBox Atom(MathAtom atom, MathStyle style)
    {
        var text = atom.Kind == AtomKind.Text ? atom.Text
            : atom.Kind == AtomKind.Operator && atom.Variant == MathVariant.Default ? atom.Text
            : MathAlphabets.Map(atom.Text, atom.Variant);
        if (atom.LargeOperator) return LargeOperator(text, style, atom.Class);
        if (atom.Kind == AtomKind.Text && textFace is not null) return TextGlyphs(text, style, textFace);
        if (atom.Size > 0)
        {
            // \big( and its kin: TeX's sizes at 10 pt are 8.5, 11.5, 14.5 and 17.5 pt.
            var total = (atom.Size switch { 1 => 0.85, 2 => 1.15, 3 => 1.45, _ => 1.75 }) * SizeOf(style);
            var fixedSize = Delimiter(text, total, style);
            fixedSize.Class = atom.Class;
            return fixedSize;
        }
        var box = Glyphs(text, style, atom.Class);
        // A letter's italic correction is part of its width unless a script follows (Scripts takes it back).
        box.Width += box.Italic;
        return box;
    }

    /// <summary>∑, ∫: larger in display (at least the font's display operator height), centred on the math axis.</summary>
    private MathBox LargeOperator(string text, MathStyle style, AtomClass cls)
    {
        var glyph = font.Glyph(text.EnumerateRunes().First().Value);
        if (glyph == 0) Missing.Add(text.EnumerateRunes().First().Value);
        var at = SizeOf(style);
        if (style.IsDisplay)
        {
            var min = font.Constant(MathConstant.DisplayOperatorMinHeight);
            var variants = font.Variants(glyph, vertical: true);
            foreach (var (variant, advance) in variants)
            {
                glyph = variant;
                if (advance >= min) break;
            }
        }
        var box = new MathBox { Class = cls, SingleGlyph = true, LargeOperator = true };
        var (height, depth) = font.Ink(glyph);
        box.Glyphs.Add(new GlyphPiece(glyph, at, 0, 0, text));
        box.Width = font.Advance(glyph) * at;
        // A slanted integral's ink runs past its advance; a font without italic corrections (STIX Math 1.1) leaves the
        // overhang unsaid, and the superscript would sit on the sign: the ink's overhang stands in for the correction.
        box.Italic = Math.Max(font.ItalicsCorrection(glyph), font.InkRight(glyph) - font.Advance(glyph)) * at;
        box.Height = height * at;
        box.Depth = depth * at;
        // Centred on the axis: its middle at the axis height.
        var shift = (box.Height - box.Depth) / 2 - Axis(style);
        var centred = box.Shift(shift);
        centred.SingleGlyph = true;
        centred.LargeOperator = true;
        centred.Class = cls;
        centred.Width += centred.Italic;
        return centred;
    }

    /// <summary>Words in the text's face (<c>\text{otherwise}</c>), at the style's size.</summary>
    private MathBox TextGlyphs(string text, MathStyle style, FontFace face)
    {
        var box = new MathBox();
        var at = SizeOf(style);
        var em = (double)face.UnitsPerEm;
        var x = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = face.Font.TryGetGlyph((uint)rune.Value, out var g) ? (ushort)g : (ushort)0;
            if (glyph == 0) Missing.Add(rune.Value);
            box.Glyphs.Add(new GlyphPiece(glyph, at, x, 0, rune.ToString(), face));
            x += face.Font.GetHorizontalGlyphAdvance(glyph) / em * at;
            if (face.Font.TryGetGlyphExtents(glyph, out var e))
            {
                box.Height = Math.Max(box.Height, e.YBearing / em * at);
                box.Depth = Math.Max(box.Depth, -(e.YBearing + e.Height) / em * at);
            }
        }
        box.Width = x;
        return box;
    }

    /// <summary>The text of a box's glyphs, for tests and for what a reader of the PDF copies.</summary>
    public static string TextOf(MathBox box)
    {
        var sb = new StringBuilder();
        foreach (var g in box.Glyphs) sb.Append(g.Text);
        return sb.ToString();
    }
}
