using System.Runtime.InteropServices;
using HarfBuzzSharp;
using Publisher.Layout.Fonts;

namespace Publisher.Layout.Mathematics;

/// <summary>The constants of a font's MATH table that layout reads (OpenType MATH, as HarfBuzz numbers them).</summary>
internal enum MathConstant
{
    ScriptPercentScaleDown = 0, ScriptScriptPercentScaleDown = 1, DelimitedSubFormulaMinHeight = 2, DisplayOperatorMinHeight = 3,
    AxisHeight = 5, AccentBaseHeight = 6, SubscriptShiftDown = 8, SubscriptTopMax = 9, SubscriptBaselineDropMin = 10,
    SuperscriptShiftUp = 11, SuperscriptShiftUpCramped = 12, SuperscriptBottomMin = 13, SuperscriptBaselineDropMax = 14,
    SubSuperscriptGapMin = 15, SuperscriptBottomMaxWithSubscript = 16, SpaceAfterScript = 17, UpperLimitGapMin = 18,
    UpperLimitBaselineRiseMin = 19, LowerLimitGapMin = 20, LowerLimitBaselineDropMin = 21, StackTopShiftUp = 22,
    StackTopDisplayStyleShiftUp = 23, StackBottomShiftDown = 24, StackBottomDisplayStyleShiftDown = 25, StackGapMin = 26,
    StackDisplayStyleGapMin = 27, FractionNumeratorShiftUp = 32, FractionNumeratorDisplayStyleShiftUp = 33,
    FractionDenominatorShiftDown = 34, FractionDenominatorDisplayStyleShiftDown = 35, FractionNumeratorGapMin = 36,
    FractionNumDisplayStyleGapMin = 37, FractionRuleThickness = 38, FractionDenominatorGapMin = 39,
    FractionDenomDisplayStyleGapMin = 40, OverbarVerticalGap = 43, OverbarRuleThickness = 44, OverbarExtraAscender = 45,
    UnderbarVerticalGap = 46, UnderbarRuleThickness = 47, UnderbarExtraDescender = 48, RadicalVerticalGap = 49,
    RadicalDisplayStyleVerticalGap = 50, RadicalRuleThickness = 51, RadicalExtraAscender = 52, RadicalKernBeforeDegree = 53,
    RadicalKernAfterDegree = 54, RadicalDegreeBottomRaisePercent = 55,
}

/// <summary>
/// A math font: a face with an OpenType MATH table, read through HarfBuzz's hb_ot_math functions. HarfBuzzSharp binds
/// them only internally, so they are called here through the native library it ships, which exports them. Lengths
/// come back in font units (the face's scale is its units per em) and are returned in ems.
/// </summary>
public sealed class MathFont
{
    private const string HarfBuzz = "libHarfBuzzSharp";
    // Every constant of the table, read once: layout asks for them at every atom, from any thread, with no lock.
    private readonly double[] _constants;

    public MathFont(FontFace face)
    {
        Face = face;
        if (hb_ot_math_has_data(face.HarfBuzzFace.Handle) == 0)
            throw new InvalidDataException($"'{face.Path}' has no MATH table: formulas need an OpenType math font (STIX Math, Latin Modern Math)");
        _constants = new double[(int)MathConstant.RadicalDegreeBottomRaisePercent + 1];
        for (var i = 0; i < _constants.Length; i++)
        {
            var raw = hb_ot_math_get_constant(face.Font.Handle, i);
            _constants[i] = (MathConstant)i is MathConstant.ScriptPercentScaleDown or MathConstant.ScriptScriptPercentScaleDown
                or MathConstant.RadicalDegreeBottomRaisePercent ? raw / 100.0 : raw / (double)face.UnitsPerEm;
        }
        MinConnectorOverlap = hb_ot_math_get_min_connector_overlap(face.Font.Handle, Direction.TopToBottom) / (double)face.UnitsPerEm;
        HorizontalMinConnectorOverlap = hb_ot_math_get_min_connector_overlap(face.Font.Handle, Direction.LeftToRight) / (double)face.UnitsPerEm;
    }

    public FontFace Face { get; }
    internal double MinConnectorOverlap { get; }
    internal double HorizontalMinConnectorOverlap { get; }

    /// <summary>A constant in ems, or, for the three percentages, as a fraction (80% is 0.8).</summary>
    internal double Constant(MathConstant constant) => _constants[(int)constant];

    internal ushort Glyph(int codePoint) => Face.Font.TryGetGlyph((uint)codePoint, out var glyph) ? (ushort)glyph : (ushort)0;

    internal double Advance(ushort glyph) => Face.Font.GetHorizontalGlyphAdvance(glyph) / (double)Face.UnitsPerEm;

    /// <summary>The glyph's ink above the baseline (height) and below it (depth, positive), in ems.</summary>
    internal (double Height, double Depth) Ink(ushort glyph) => Face.Font.TryGetGlyphExtents(glyph, out var e)
        ? (e.YBearing / (double)Face.UnitsPerEm, -(e.YBearing + e.Height) / (double)Face.UnitsPerEm)
        : (0, 0);

    /// <summary>Where the glyph's ink ends on the right, in ems from its origin.</summary>
    internal double InkRight(ushort glyph) => Face.Font.TryGetGlyphExtents(glyph, out var e) ? (e.XBearing + e.Width) / (double)Face.UnitsPerEm : 0;

    internal double ItalicsCorrection(ushort glyph) => hb_ot_math_get_glyph_italics_correction(Face.Font.Handle, glyph) / (double)Face.UnitsPerEm;

    internal double TopAccentAttachment(ushort glyph) => hb_ot_math_get_glyph_top_accent_attachment(Face.Font.Handle, glyph) / (double)Face.UnitsPerEm;

    /// <summary>The glyph's larger forms in one direction, each with its size (height, or width) in ems, smallest first.</summary>
    internal IReadOnlyList<(ushort Glyph, double Advance)> Variants(ushort glyph, bool vertical)
    {
        var direction = vertical ? Direction.TopToBottom : Direction.LeftToRight;
        uint count = 0;
        var total = hb_ot_math_get_glyph_variants(Face.Font.Handle, glyph, direction, 0, ref count, null);
        if (total == 0) return [];
        var variants = new OpenTypeMathGlyphVariant[total];
        count = total;
        hb_ot_math_get_glyph_variants(Face.Font.Handle, glyph, direction, 0, ref count, variants);
        return variants.Take((int)count).Select(v => ((ushort)v.Glyph, v.Advance / (double)Face.UnitsPerEm)).ToList();
    }

    /// <summary>The parts a glyph is built from when no variant is large enough (bottom to top, or left to right); none, empty.</summary>
    internal IReadOnlyList<(ushort Glyph, double Start, double End, double Full, bool Extender)> Assembly(ushort glyph, bool vertical)
    {
        var direction = vertical ? Direction.TopToBottom : Direction.LeftToRight;
        uint count = 0;
        var total = hb_ot_math_get_glyph_assembly(Face.Font.Handle, glyph, direction, 0, ref count, null, out _);
        if (total == 0) return [];
        var parts = new OpenTypeMathGlyphPart[total];
        count = total;
        hb_ot_math_get_glyph_assembly(Face.Font.Handle, glyph, direction, 0, ref count, parts, out _);
        var em = (double)Face.UnitsPerEm;
        return parts.Take((int)count).Select(p => ((ushort)p.Glyph, p.StartConnectorLength / em, p.EndConnectorLength / em,
            p.FullAdvance / em, (p.Flags & OpenTypeMathGlyphPartFlags.Extender) != 0)).ToList();
    }

    [DllImport(HarfBuzz)] private static extern int hb_ot_math_has_data(IntPtr face);
    [DllImport(HarfBuzz)] private static extern int hb_ot_math_get_constant(IntPtr font, int constant);
    [DllImport(HarfBuzz)] private static extern int hb_ot_math_get_glyph_italics_correction(IntPtr font, uint glyph);
    [DllImport(HarfBuzz)] private static extern int hb_ot_math_get_glyph_top_accent_attachment(IntPtr font, uint glyph);
    [DllImport(HarfBuzz)] private static extern int hb_ot_math_get_min_connector_overlap(IntPtr font, Direction direction);
    [DllImport(HarfBuzz)]
    private static extern uint hb_ot_math_get_glyph_variants(IntPtr font, uint glyph, Direction direction, uint start,
        ref uint count, [Out] OpenTypeMathGlyphVariant[]? variants);
    [DllImport(HarfBuzz)]
    private static extern uint hb_ot_math_get_glyph_assembly(IntPtr font, uint glyph, Direction direction, uint start,
        ref uint count, [Out] OpenTypeMathGlyphPart[]? parts, out int italicsCorrection);
}
