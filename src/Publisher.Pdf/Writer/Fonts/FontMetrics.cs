using System.Buffers.Binary;

namespace Publisher.Pdf.Writer.Fonts;

/// <summary>
/// The numbers a PDF font descriptor and widths array take from a font's own tables (head, hhea,
/// hmtx, OS/2, post), in the font's units.
/// </summary>
internal sealed class FontMetrics
{
    private readonly byte[] _hmtx;
    private readonly int _longMetrics;

    public FontMetrics(SfntTables tables)
    {
        var head = tables.Table("head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        if (UnitsPerEm == 0) throw new InvalidDataException("the font's unitsPerEm is 0");
        BoundingBox = [I16(head, 36), I16(head, 38), I16(head, 40), I16(head, 42)];
        var macStyle = BinaryPrimitives.ReadUInt16BigEndian(head[44..]);
        var hhea = tables.Table("hhea");
        Ascent = I16(hhea, 4);
        Descent = I16(hhea, 6);
        _longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        _hmtx = tables.TableBytes("hmtx");
        CapHeight = Ascent * 0.7;
        if (tables.Has("OS/2") && tables.Table("OS/2") is { Length: >= 90 } os2 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2)
            CapHeight = I16(os2, 88);
        if (tables.Has("post") && tables.Table("post") is { Length: >= 16 } post)
        {
            ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0;
            FixedPitch = BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        }
        Italic = ItalicAngle != 0 || (macStyle & 2) != 0;
    }

    public int UnitsPerEm { get; }
    public short[] BoundingBox { get; }
    public double Ascent { get; }
    public double Descent { get; }
    public double CapHeight { get; }
    public double ItalicAngle { get; }
    public bool FixedPitch { get; }
    public bool Italic { get; }

    /// <summary>A glyph's advance width in the font's units (hmtx; glyphs past the last long metric repeat it).</summary>
    public int Advance(ushort glyph)
    {
        if (_longMetrics == 0) return 0;
        var index = Math.Min(glyph, _longMetrics - 1);
        return index * 4 + 2 <= _hmtx.Length ? BinaryPrimitives.ReadUInt16BigEndian(_hmtx.AsSpan(index * 4)) : 0;
    }

    /// <summary>Font units to PDF's glyph space, where 1000 units are one em.</summary>
    public double ToGlyphSpace(double units) => units * 1000.0 / UnitsPerEm;

    private static short I16(ReadOnlySpan<byte> table, int at) => BinaryPrimitives.ReadInt16BigEndian(table[at..]);
}
