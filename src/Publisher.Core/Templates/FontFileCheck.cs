using System.Buffers.Binary;

namespace Publisher.Core.Templates;

/// <summary>
/// Checks, when a template is read, that a font file is a TrueType or OpenType font (or a collection
/// of them) whose tables are all there and inside the file: the table directory, and the tables every
/// shaper and subsetter reads first (head, maxp, hhea and hmtx, cmap, loca and glyf or CFF). A file with
/// a valid header and garbage after it, or one cut short, is then refused at the template's line that
/// names it, rather than failing deep inside HarfBuzz while the book is laid out. It reads the
/// directory and these few small tables, never the outlines.
/// </summary>
public static class FontFileCheck
{
    /// <summary>What is wrong with the file, or null when it is a usable font.</summary>
    public static unsafe string? Problem(string path)
    {
        // Mapped, not read: only the directory and a few small tables are touched, and a CJK collection is 20 MB.
        try
        {
            using var file = File.OpenHandle(path);
            var length = RandomAccess.GetLength(file);
            if (length < 12) return "it is not a TrueType or OpenType font file";
            if (length > int.MaxValue) return "it is too large to be a font file";
            using var map = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateFromFile(file, null, 0,
                System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            using var view = map.CreateViewAccessor(0, length, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            try { return Problem(new ReadOnlySpan<byte>(start + view.PointerOffset, (int)length)); }
            finally { view.SafeMemoryMappedViewHandle.ReleasePointer(); }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return e.Message; }
    }

    private static string? Problem(ReadOnlySpan<byte> span)
    {
        if (!span.StartsWith("ttcf"u8)) return IsSfnt(span) ? FontProblem(span, 0) : "it is not a TrueType or OpenType font file";

        // A collection: a count of fonts, then the offset of each one's table directory.
        var count = BinaryPrimitives.ReadUInt32BigEndian(span[8..]);
        if (count == 0 || 12 + 4L * count > span.Length) return "its collection header is damaged";
        for (var i = 0; i < count; i++)
        {
            var offset = BinaryPrimitives.ReadUInt32BigEndian(span[(12 + 4 * i)..]);
            if (offset > span.Length - 12 || !IsSfnt(span[(int)offset..])) return $"font {i} of the collection is damaged";
            if (FontProblem(span, (int)offset) is { } problem) return $"font {i} of the collection: {problem}";
        }
        return null;
    }

    private static bool IsSfnt(ReadOnlySpan<byte> at) =>
        at.StartsWith((ReadOnlySpan<byte>)[0, 1, 0, 0]) || at.StartsWith("OTTO"u8) || at.StartsWith("true"u8);

    private static string? FontProblem(ReadOnlySpan<byte> file, int start)
    {
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(file[(start + 4)..]);
        if (numTables == 0 || start + 12 + 16L * numTables > file.Length) return "its table directory is damaged or cut short";
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        for (var i = 0; i < numTables; i++)
        {
            var record = file.Slice(start + 12 + 16 * i, 16);
            var tag = System.Text.Encoding.Latin1.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (!tag.All(c => c is >= ' ' and <= '~')) return "its table directory is damaged";
            if (offset + (long)length > file.Length)
                return $"it is cut short or damaged: its '{tag.TrimEnd()}' table runs past the end of the file";
            tables[tag] = ((int)offset, (int)length);
        }
        string[] required = ["cmap", "head", "hhea", "hmtx", "maxp"];
        if (required.FirstOrDefault(t => !tables.ContainsKey(t)) is { } missing) return $"it has no '{missing}' table";
        if (!tables.ContainsKey("CFF ") && !tables.ContainsKey("CFF2") && !(tables.ContainsKey("glyf") && tables.ContainsKey("loca")))
            return "it has no outlines (no 'glyf' and 'loca' tables, nor 'CFF ')";

        var head = Table(file, tables["head"]);
        if (head.Length < 54 || BinaryPrimitives.ReadUInt32BigEndian(head[12..]) != 0x5F0F3CF5) return "its 'head' table is damaged";
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]);
        if (unitsPerEm is < 16 or > 16384 || longOffsets is not (0 or 1)) return "its 'head' table is damaged";

        var maxp = Table(file, tables["maxp"]);
        if (maxp.Length < 6) return "its 'maxp' table is damaged";
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        if (glyphs == 0) return "it has no glyphs";

        var hhea = Table(file, tables["hhea"]);
        if (hhea.Length < 36) return "its 'hhea' table is damaged";
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        if (metrics == 0 || metrics > glyphs || tables["hmtx"].Length < 4 * metrics + 2 * (glyphs - metrics))
            return "its 'hhea' or 'hmtx' table is damaged";

        if (CmapProblem(Table(file, tables["cmap"])) is { } cmap) return cmap;
        return tables.TryGetValue("loca", out var loca) && tables.TryGetValue("glyf", out var glyf)
            ? LocaProblem(Table(file, loca), glyf.Length, glyphs, longOffsets == 1)
            : null;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> file, (int Offset, int Length) table) =>
        file.Slice(table.Offset, table.Length);

    private static string? CmapProblem(ReadOnlySpan<byte> cmap)
    {
        if (cmap.Length < 4 || BinaryPrimitives.ReadUInt16BigEndian(cmap) != 0) return "its 'cmap' table is damaged";
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        if (count == 0 || 4 + 8 * count > cmap.Length) return "its 'cmap' table is damaged";
        for (var i = 0; i < count; i++)
            if (BinaryPrimitives.ReadUInt32BigEndian(cmap[(4 + 8 * i + 4)..]) >= cmap.Length) return "its 'cmap' table is damaged";
        return null;
    }

    /// <summary>Where each glyph's outline starts: one offset per glyph and one more, rising, inside 'glyf'.</summary>
    private static string? LocaProblem(ReadOnlySpan<byte> loca, int glyfLength, int glyphs, bool longOffsets)
    {
        var size = longOffsets ? 4 : 2;
        if (loca.Length < (glyphs + 1) * size) return "its 'loca' table is damaged";
        long previous = 0;
        for (var i = 0; i <= glyphs; i++)
        {
            long offset = longOffsets
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * i)..])
                : 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * i)..]);
            if (offset < previous || offset > glyfLength) return "its 'loca' table is damaged";
            previous = offset;
        }
        return null;
    }
}
