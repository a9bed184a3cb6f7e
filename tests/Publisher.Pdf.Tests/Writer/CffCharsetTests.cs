using Publisher.Pdf.Writer.Fonts;

namespace Publisher.Pdf.Tests.Writer;

/// <summary>
/// A CIDFontType0 font selects glyphs by CID, so text in a CID-keyed CFF font must be written as the CIDs its
/// charset gives each glyph. Noto CJK's charset is the identity, so these build small fonts whose charsets are not.
/// </summary>
public sealed class CffCharsetTests
{
    [Fact]
    public void A_format_0_charset_gives_each_glyph_its_own_CID()
    {
        // Glyphs 1, 2, 3 are CIDs 700, 12, 65000.
        var charset = new CffCharset(Cff(glyphs: 4, cidKeyed: true, [0, 0x02, 0xBC, 0x00, 0x0C, 0xFD, 0xE8]));
        Assert.True(charset.IsCidKeyed);
        Assert.Equal([0, 700, 12, 65000], Enumerable.Range(0, 4).Select(g => (int)charset.Code((ushort)g)));
    }

    [Fact]
    public void Format_1_and_2_charsets_give_ranges_of_CIDs()
    {
        // Format 1: CIDs 100..102 then 7 (one byte for what is left); format 2: CIDs 300..304 (two bytes).
        var one = new CffCharset(Cff(glyphs: 5, cidKeyed: true, [1, 0x00, 0x64, 2, 0x00, 0x07, 0]));
        Assert.Equal([0, 100, 101, 102, 7], Enumerable.Range(0, 5).Select(g => (int)one.Code((ushort)g)));
        var two = new CffCharset(Cff(glyphs: 6, cidKeyed: true, [2, 0x01, 0x2C, 0x00, 0x04]));
        Assert.Equal([0, 300, 301, 302, 303, 304], Enumerable.Range(0, 6).Select(g => (int)two.Code((ushort)g)));
    }

    [Fact]
    public void A_name_keyed_font_is_addressed_by_glyph_index()
    {
        var charset = new CffCharset(Cff(glyphs: 3, cidKeyed: false, [0, 0x00, 0x05, 0x00, 0x06]));
        Assert.False(charset.IsCidKeyed);
        Assert.Equal(2, charset.Code(2));
    }

    /// <summary>
    /// The parts of a CFF font the charset is found through (Adobe TN #5176): header, Name INDEX, a Top DICT with
    /// ROS (when CID-keyed), charset and CharStrings offsets, then the charset and the CharStrings INDEX's count.
    /// </summary>
    private static byte[] Cff(int glyphs, bool cidKeyed, byte[] charset)
    {
        static byte[] Int(int v) => [29, (byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];
        var header = new byte[] { 1, 0, 4, 1 };
        var names = new byte[] { 0, 1, 1, 1, 2, (byte)'A' };
        var dictLength = (cidKeyed ? 5 + 5 + 1 + 2 : 0) + 6 + 6;
        var topIndexLength = 2 + 1 + 2 + dictLength;
        var charsetAt = header.Length + names.Length + topIndexLength;
        var charStringsAt = charsetAt + charset.Length;
        var dict = new List<byte>();
        if (cidKeyed) dict.AddRange([.. Int(391), .. Int(392), 139, 12, 30]);
        dict.AddRange([.. Int(charsetAt), 15, .. Int(charStringsAt), 17]);
        var top = new List<byte> { 0, 1, 1, 1, (byte)(1 + dict.Count) };
        top.AddRange(dict);
        return [.. header, .. names, .. top, .. charset, (byte)(glyphs >> 8), (byte)glyphs];
    }
}
