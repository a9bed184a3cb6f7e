using System.Buffers.Binary;

namespace Publisher.Pdf.Writer.Fonts;

/// <summary>
/// What a PDF needs to know of a CFF font program (the 'CFF ' table): whether it is CID-keyed and,
/// if so, the CID of each glyph. A CIDFontType0 font selects glyphs by CID, and a CID-keyed CFF
/// maps CIDs to glyphs through its charset (ISO 32000-1 §9.7.4.2), so text must be written as
/// CIDs; a name-keyed CFF is addressed by glyph index.
/// </summary>
internal sealed class CffCharset
{
    private readonly ushort[]? _cids;

    public CffCharset(ReadOnlySpan<byte> cff)
    {
        var headerSize = cff[2];
        var afterNames = SkipIndex(cff, headerSize);
        var topDict = cff[FirstIndexEntry(cff, afterNames)];
        int? charset = null, charStrings = null;
        var isCid = false;
        ReadDict(topDict, (op, operands) =>
        {
            switch (op)
            {
                case 15: charset = (int)operands[0]; break;
                case 17: charStrings = (int)operands[0]; break;
                case 0x0C1E: isCid = true; break; // ROS: Registry-Ordering-Supplement, only in CID-keyed fonts
            }
        });
        if (!isCid) return;
        if (charStrings is not { } strings || charset is not { } at || at < 3)
            throw new InvalidDataException("the CID-keyed CFF font has no charset or glyphs");
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(cff[strings..]);
        _cids = ReadCharset(cff[at..], glyphs);
    }

    public bool IsCidKeyed => _cids is not null;

    /// <summary>The code that selects <paramref name="glyph"/> in a CIDFontType0 font made of this program.</summary>
    public ushort Code(ushort glyph) => _cids is null ? glyph : glyph < _cids.Length ? _cids[glyph] : (ushort)0;

    private static ushort[] ReadCharset(ReadOnlySpan<byte> data, int glyphs)
    {
        var cids = new ushort[glyphs];
        var format = data[0];
        var at = 1;
        // Glyph 0 is .notdef, CID 0, and is not listed.
        for (var gid = 1; gid < glyphs;)
        {
            switch (format)
            {
                case 0:
                    cids[gid++] = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                    at += 2;
                    break;
                case 1 or 2:
                    var first = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                    var left = format == 1 ? data[at + 2] : BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
                    at += format == 1 ? 3 : 4;
                    for (var i = 0; i <= left && gid < glyphs; i++) cids[gid++] = (ushort)(first + i);
                    break;
                default:
                    throw new InvalidDataException($"unknown CFF charset format {format}");
            }
        }
        return cids;
    }

    /// <summary>Where the INDEX starting at <paramref name="at"/> ends (CFF spec §5).</summary>
    private static int SkipIndex(ReadOnlySpan<byte> cff, int at)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cff[at..]);
        if (count == 0) return at + 2;
        var offSize = cff[at + 2];
        var last = Offset(cff, at + 3 + count * offSize, offSize);
        return at + 3 + (count + 1) * offSize - 1 + last;
    }

    /// <summary>Where the first entry of the INDEX at <paramref name="at"/> lies.</summary>
    private static Range FirstIndexEntry(ReadOnlySpan<byte> cff, int at)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cff[at..]);
        if (count == 0) throw new InvalidDataException("the CFF font has no top DICT");
        var offSize = cff[at + 2];
        var dataStart = at + 3 + (count + 1) * offSize - 1;
        var (start, end) = (Offset(cff, at + 3, offSize), Offset(cff, at + 3 + offSize, offSize));
        return (dataStart + start)..(dataStart + end);
    }

    private static int Offset(ReadOnlySpan<byte> cff, int at, int size)
    {
        var value = 0;
        for (var i = 0; i < size; i++) value = value << 8 | cff[at + i];
        return value;
    }

    /// <summary>Reads a DICT's operators with their integer operands (reals are skipped: none is needed here).</summary>
    private static void ReadDict(ReadOnlySpan<byte> dict, Action<int, List<double>> onOperator)
    {
        var operands = new List<double>();
        for (var i = 0; i < dict.Length;)
        {
            var b0 = dict[i];
            if (b0 <= 21)
            {
                var op = b0 == 12 ? 0x0C00 | dict[i + 1] : b0;
                i += b0 == 12 ? 2 : 1;
                onOperator(op, operands);
                operands.Clear();
            }
            else if (b0 == 28) { operands.Add((short)(dict[i + 1] << 8 | dict[i + 2])); i += 3; }
            else if (b0 == 29) { operands.Add(BinaryPrimitives.ReadInt32BigEndian(dict[(i + 1)..])); i += 5; }
            else if (b0 == 30)
            {
                // A real: nibbles up to the 0xF terminator.
                i++;
                while (i < dict.Length && (dict[i] & 0x0F) != 0x0F && (dict[i] & 0xF0) != 0xF0) i++;
                i++;
                operands.Add(0);
            }
            else if (b0 is >= 32 and <= 246) { operands.Add(b0 - 139); i++; }
            else if (b0 is >= 247 and <= 250) { operands.Add((b0 - 247) * 256 + dict[i + 1] + 108); i += 2; }
            else if (b0 is >= 251 and <= 254) { operands.Add(-(b0 - 251) * 256 - dict[i + 1] - 108); i += 2; }
            else i++;
        }
    }
}
