using HarfBuzzSharp;

namespace Publisher.Layout.Fonts;

/// <summary>
/// One font file, loaded once: its bytes (for embedding), a HarfBuzz font for shaping,
/// and the vertical metrics lines are built from. Faces are always loaded from files,
/// never looked up by family name, so output does not depend on the machine's fonts.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;

    public FontFace(string path)
    {
        Path = path;
        Bytes = File.ReadAllBytes(path);
        _blob = Blob.FromFile(path);
        _face = new Face(_blob, 0);
        UnitsPerEm = _face.UnitsPerEm;
        Font = new Font(_face);
        Font.SetFunctionsOpenType();
        Font.SetScale(UnitsPerEm, UnitsPerEm);
        if (!Font.TryGetHorizontalFontExtents(out var extents) || UnitsPerEm <= 0 || _face.GlyphCount == 0)
            throw new InvalidDataException($"'{path}' is not a usable OpenType/TrueType font");
        Ascender = extents.Ascender / (double)UnitsPerEm;
        Descender = -extents.Descender / (double)UnitsPerEm;
        LineGap = extents.LineGap / (double)UnitsPerEm;
    }

    public string Path { get; }
    public byte[] Bytes { get; }
    internal Font Font { get; }
    public int UnitsPerEm { get; }
    /// <summary>Height above the baseline, as a fraction of the font size.</summary>
    public double Ascender { get; }
    /// <summary>Depth below the baseline (positive), as a fraction of the font size.</summary>
    public double Descender { get; }
    public double LineGap { get; }

    // Coverage of the Basic Multilingual Plane, looked up once per character: 0 unknown, 1 yes, 2 no.
    private readonly byte[] _coverage = new byte[0x10000];

    /// <summary>The glyph of the space character, or null when the face has none.</summary>
    public ushort? SpaceGlyph => Font.TryGetGlyph(' ', out var glyph) && glyph <= ushort.MaxValue ? (ushort)glyph : null;

    public bool HasGlyph(int codePoint)
    {
        if (codePoint >= _coverage.Length) return Font.TryGetGlyph(codePoint, out _);
        var known = _coverage[codePoint];
        if (known == 0) _coverage[codePoint] = known = Font.TryGetGlyph(codePoint, out _) ? (byte)1 : (byte)2;
        return known == 1;
    }

    /// <summary>
    /// How far a glyph's ink reaches above the baseline, as a fraction of the font size; the ascender when the
    /// font does not say. Raised text is measured by its ink: the ascender leaves room for accents a digit lacks.
    /// </summary>
    public double InkTop(ushort glyph) =>
        Font.TryGetGlyphExtents(glyph, out var extents) ? extents.YBearing / (double)UnitsPerEm : Ascender;

    public void Dispose()
    {
        Font.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }

    public override string ToString() => System.IO.Path.GetFileName(Path);
}
