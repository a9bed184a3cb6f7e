using System.Globalization;
using System.Text;

namespace Publisher.Pdf.Writer.Fonts;

/// <summary>
/// The /ToUnicode CMap of a font (ISO 32000-1 §9.10.3): for each two-byte code, the characters it
/// stands for, so that text is searched, copied and read aloud as the author wrote it.
/// </summary>
internal static class ToUnicodeCMap
{
    // A CMap section holds at most 100 entries (Adobe Technical Note #5014).
    private const int SectionSize = 100;

    public static byte[] Write(IEnumerable<KeyValuePair<ushort, string>> map)
    {
        var cmap = new StringBuilder(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
            "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var section in map.OrderBy(e => e.Key).Chunk(SectionSize))
        {
            cmap.Append(CultureInfo.InvariantCulture, $"{section.Length} beginbfchar\n");
            foreach (var (code, text) in section)
                cmap.Append(CultureInfo.InvariantCulture, $"<{code:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }
}
