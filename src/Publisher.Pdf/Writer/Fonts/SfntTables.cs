using System.Buffers.Binary;
using System.Text;

namespace Publisher.Pdf.Writer.Fonts;

/// <summary>
/// The table directory of an OpenType/TrueType file (or of one face of a .ttc/.otc collection):
/// where each table's bytes lie. Only what embedding needs is read here; HarfBuzz does the rest.
/// </summary>
internal sealed class SfntTables
{
    private readonly byte[] _file = [];
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    /// <summary>Set when the tables come from a loaded face, one at a time, instead of from a file's bytes.</summary>
    private readonly Layout.Fonts.FontFace? _face;

    /// <summary>The tables of a face HarfBuzz has open: each read when asked for, never the whole file.</summary>
    public SfntTables(Layout.Fonts.FontFace face) => _face = face;

    public SfntTables(byte[] file, int faceIndex = 0)
    {
        _file = file;
        var start = 0;
        if (Tag(0) == "ttcf")
        {
            var faces = (int)U32(8);
            if (faceIndex < 0 || faceIndex >= faces) throw new InvalidDataException($"the collection has no face {faceIndex}");
            start = (int)U32(12 + 4 * faceIndex);
        }
        var count = U16(start + 4);
        for (var i = 0; i < count; i++)
        {
            var record = start + 12 + 16 * i;
            var (offset, length) = ((int)U32(record + 8), (int)U32(record + 12));
            if (offset < 0 || length < 0 || (long)offset + length > file.Length)
                throw new InvalidDataException($"the font's '{Tag(record)}' table lies outside the file");
            _tables[Tag(record)] = (offset, length);
        }
    }

    public bool Has(string tag) => _face is null ? _tables.ContainsKey(tag) : _face.TableTags.Contains(tag);

    public ReadOnlySpan<byte> Table(string tag)
    {
        if (_face is not null)
        {
            var table = _face.Table(tag);
            return table.IsEmpty ? throw new InvalidDataException($"the font has no '{tag}' table") : table;
        }
        return _tables.TryGetValue(tag, out var t) ? _file.AsSpan(t.Offset, t.Length) : throw new InvalidDataException($"the font has no '{tag}' table");
    }

    public byte[] TableBytes(string tag) => Table(tag).ToArray();

    /// <summary>The PostScript name (name ID 6), as PDF's /BaseFont wants it; null when the font has none.</summary>
    public string? PostScriptName()
    {
        if (!Has("name")) return null;
        var name = Table("name");
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < count; i++)
        {
            var r = name.Slice(6 + 12 * i, 12);
            var (platform, nameId) = (BinaryPrimitives.ReadUInt16BigEndian(r), BinaryPrimitives.ReadUInt16BigEndian(r[6..]));
            if (nameId != 6) continue;
            var (length, offset) = (BinaryPrimitives.ReadUInt16BigEndian(r[8..]), BinaryPrimitives.ReadUInt16BigEndian(r[10..]));
            if (strings + offset + length > name.Length) continue;
            var bytes = name.Slice(strings + offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            // A name of the characters PostScript allows, so that the PDF name needs no escapes.
            var clean = new string(text.Where(c => c is > ' ' and < '\u007f' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%')).ToArray());
            if (clean.Length > 0) return clean;
        }
        return null;
    }

    private string Tag(int at) => Encoding.ASCII.GetString(_file, at, 4);
    private ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_file.AsSpan(at));
    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_file.AsSpan(at));
}
