using Publisher.Core.Mathematics;

namespace Publisher.Layout.Mathematics;

/// <summary>
/// A glyph of a laid-out formula: where its baseline starts (x right, y down from the formula's baseline); in the math font,
/// or in <see cref="Face"/> (the text around the formula's, for <c>\text{…}</c>).
/// </summary>
internal sealed record GlyphPiece(ushort Glyph, double Size, double X, double Y, string Text, Fonts.FontFace? Face = null);

/// <summary>A rule (fraction bar, radical's overbar): from X, Width long, its middle at Y, Thickness thick.</summary>
internal sealed record RulePiece(double X, double Y, double Width, double Thickness);

/// <summary>
/// A laid-out part of a formula, in points: as wide as <see cref="Width"/>, reaching <see cref="Height"/> above its
/// baseline and <see cref="Depth"/> below it, its glyphs and rules placed from its origin (the baseline's left end).
/// </summary>
internal sealed class MathBox
{
    public double Width { get; set; }
    public double Height { get; set; }
    public double Depth { get; set; }
    /// <summary>How far the last glyph's ink leans out past its advance (an italic f): a superscript goes after it.</summary>
    public double Italic { get; set; }
    /// <summary>Where an accent over the box is centred; NaN: the middle.</summary>
    public double TopAccent { get; set; } = double.NaN;
    /// <summary>The class it takes among its neighbours (TeX's atom types), for the spaces between them.</summary>
    public AtomClass Class { get; set; } = AtomClass.Ord;
    /// <summary>One glyph only (a letter, a symbol): TeX places such a base's scripts by the font, not by its ink.</summary>
    public bool SingleGlyph { get; set; }
    /// <summary>A big operator (∑), which takes limits above and below in display.</summary>
    public bool LargeOperator { get; set; }
    /// <summary>An explicit space, which the spacing between atoms looks past.</summary>
    public bool IsSpace { get; set; }

    public List<GlyphPiece> Glyphs { get; } = [];
    public List<RulePiece> Rules { get; } = [];

    /// <summary>Puts <paramref name="box"/>'s glyphs and rules in this box, its origin at (dx, dy) of this box's (dy down).</summary>
    public void Add(MathBox box, double dx, double dy)
    {
        foreach (var g in box.Glyphs) Glyphs.Add(g with { X = g.X + dx, Y = g.Y + dy });
        foreach (var r in box.Rules) Rules.Add(r with { X = r.X + dx, Y = r.Y + dy });
    }

    /// <summary>Moves everything by dy (down); the box's height and depth follow.</summary>
    public MathBox Shift(double dy)
    {
        var shifted = new MathBox { Width = Width, Height = Height - dy, Depth = Depth + dy, Italic = Italic, Class = Class, TopAccent = TopAccent };
        shifted.Add(this, 0, dy);
        return shifted;
    }
}

/// <summary>
/// TeX's four styles of a formula, each with a cramped form: display (a formula of its own), text (in a line), script
/// and scriptscript (sub- and superscripts, and theirs). A style sets the size and how high scripts go.
/// </summary>
internal readonly record struct MathStyle(int Level, bool Cramped)
{
    public static readonly MathStyle Display = new(0, false);
    public static readonly MathStyle Text = new(1, false);

    public bool IsDisplay => Level == 0;
    public bool IsScript => Level >= 2;
    public MathStyle Cramp() => this with { Cramped = true };
    public MathStyle Superscript() => new(Level <= 1 ? 2 : 3, Cramped);
    public MathStyle Subscript() => new(Level <= 1 ? 2 : 3, true);
    public MathStyle Numerator() => new(Level == 0 ? 1 : Level == 1 ? 2 : 3, Cramped);
    public MathStyle Denominator() => new(Level == 0 ? 1 : Level == 1 ? 2 : 3, true);
}
