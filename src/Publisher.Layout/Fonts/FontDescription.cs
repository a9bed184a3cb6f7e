using System.Buffers.Binary;
using System.Text;
using HarfBuzzSharp;

namespace Publisher.Layout.Fonts;

/// <summary>
/// What a face says of itself: its family name (typographic family, name ID 16, else 1), weight
/// (OS/2 usWeightClass: 400 regular, 700 bold) and whether it is italic. Used to pick a system face
/// that matches the text it stands in for: a bold heading's Chinese in a bold CJK face.
/// </summary>
public sealed record FontDescription(string Family, int Weight, bool Italic)
{
    public bool Bold => Weight >= 600;

    /// <summary>Sans-serif or monospaced by its name ("Noto Sans", "DejaVu Sans Mono"); otherwise taken for a serif face.</summary>
    public bool Sans => Family.Contains("Sans", StringComparison.OrdinalIgnoreCase) || Mono;

    public bool Mono => Family.Contains("Mono", StringComparison.OrdinalIgnoreCase) || Family.Contains("Code", StringComparison.OrdinalIgnoreCase);

    internal static FontDescription Read(Face face, string fallbackName)
    {
        var family = Name(face, 16) ?? Name(face, 1) ?? fallbackName;
        var weight = 400;
        var italic = false;
        using (var os2 = face.ReferenceTable(Tag.Parse("OS/2")))
        {
            var table = os2.AsSpan();
            if (table.Length >= 64)
            {
                weight = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
                italic = (BinaryPrimitives.ReadUInt16BigEndian(table[62..]) & 1) != 0;
            }
        }
        return new FontDescription(family, weight, italic);
    }

    /// <summary>A name of the 'name' table, in English where the font has several languages; null when absent.</summary>
    private static string? Name(Face face, int nameId)
    {
        using var blob = face.ReferenceTable(Tag.Parse("name"));
        var name = blob.AsSpan();
        if (name.Length < 6) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        string? found = null;
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= name.Length; i++)
        {
            var r = name.Slice(6 + 12 * i, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
            var language = BinaryPrimitives.ReadUInt16BigEndian(r[4..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(r[6..]) != nameId) continue;
            var (length, offset) = (BinaryPrimitives.ReadUInt16BigEndian(r[8..]), BinaryPrimitives.ReadUInt16BigEndian(r[10..]));
            if (strings + offset + length > name.Length) continue;
            var bytes = name.Slice(strings + offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            // Windows English (US) is the name fontconfig and every menu show; other languages only if it is missing.
            if (platform == 3 && language == 0x409) return text;
            found ??= text;
        }
        return found;
    }
}
