using HarfBuzzSharp;

namespace Publisher.Layout.Fonts;

/// <summary>
/// One face of a font file, loaded once: a HarfBuzz font for shaping, the vertical metrics
/// lines are built from, and the file's bytes (for embedding, read when first asked for).
/// A collection (.ttc, .otc: Noto CJK holds Japanese, Korean and both Chinese designs in one
/// file) is one file with several faces, told apart by <see cref="Index"/>. Faces are loaded
/// from files; a system font named in a template is found as a file first (<see cref="SystemFonts"/>).
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly Lazy<byte[]> _bytes;

    public FontFace(string path, int index = 0)
    {
        Path = path;
        Index = index;
        // A CJK collection is 20-30 MB: its bytes are read only when a writer embeds it; shaping maps the file.
        _bytes = new Lazy<byte[]>(() => File.ReadAllBytes(path));
        _blob = MappedBlob(path);
        _face = new Face(_blob, index);
        UnitsPerEm = _face.UnitsPerEm;
        GlyphCount = _face.GlyphCount;
        Font = new Font(_face);
        Font.SetFunctionsOpenType();
        Font.SetScale(UnitsPerEm, UnitsPerEm);
        if (!Font.TryGetHorizontalFontExtents(out var extents) || UnitsPerEm <= 0 || _face.GlyphCount == 0)
            throw new InvalidDataException($"'{path}' is not a usable OpenType/TrueType font");
        Ascender = extents.Ascender / (double)UnitsPerEm;
        Descender = -extents.Descender / (double)UnitsPerEm;
        LineGap = extents.LineGap / (double)UnitsPerEm;
    }

    /// <summary>
    /// The file mapped into memory, not read: HarfBuzz touches only the tables it needs (a CJK collection's cmap and
    /// metrics, not its 20 MB of outlines), and the pages stay shared with every other process using the font.
    /// </summary>
    private static unsafe Blob MappedBlob(string path)
    {
        var length = new FileInfo(path).Length;
        if (length is 0 or > int.MaxValue) throw new InvalidDataException($"'{path}' is not a usable OpenType/TrueType font");
        var file = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0,
            System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, length, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        return new Blob((IntPtr)(pointer + view.PointerOffset), (int)length, MemoryMode.ReadOnly, () =>
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
        });
    }

    public string Path { get; }
    /// <summary>The face's index in its file: 0 for a single font, the face's place in a collection.</summary>
    public int Index { get; }
    /// <summary>The whole file's bytes (of the whole collection, for a face of one).</summary>
    public byte[] Bytes => _bytes.Value;
    internal Font Font { get; }
    /// <summary>The HarfBuzz face, for the tables HarfBuzz reads by face (the MATH table's data check).</summary>
    internal Face HarfBuzzFace => _face;
    public int UnitsPerEm { get; }

    /// <summary>How many glyphs the face has (its maxp table): every glyph id is below it.</summary>
    public int GlyphCount { get; }
    /// <summary>Height above the baseline, as a fraction of the font size.</summary>
    public double Ascender { get; }
    /// <summary>Depth below the baseline (positive), as a fraction of the font size.</summary>
    public double Descender { get; }
    public double LineGap { get; }

    /// <summary>
    /// True when the face has outlines a PDF can embed (TrueType 'glyf' or 'CFF '): a colour emoji font of
    /// bitmaps (CBDT, sbix) can be shaped with but not printed.
    /// </summary>
    public bool HasOutlines => _face.Tables.Any(t => t.ToString() is "glyf" or "CFF ");

    /// <summary>The tags of the face's tables ("head", "CFF ", "glyf"…).</summary>
    public IReadOnlyCollection<string> TableTags => _tableTags ??= _face.Tables.Select(t => t.ToString()).ToHashSet(StringComparer.Ordinal);
    private HashSet<string>? _tableTags;

    /// <summary>
    /// One table's bytes where they lie in the mapped file (of this face, in a collection), not copied: a CJK font's
    /// 20 MB 'CFF ' table is only paged in where it is read. Empty when the face has no such table. Valid while the
    /// face lives (faces live as long as their <see cref="FontLibrary"/>).
    /// </summary>
    public unsafe ReadOnlySpan<byte> Table(string tag)
    {
        using var blob = _face.ReferenceTable(Tag.Parse(tag));
        var span = blob.AsSpan();
        // The table's blob is a window on the face's own: its bytes stay mapped after the window is let go.
        fixed (byte* data = span) return new ReadOnlySpan<byte>(data, span.Length);
    }

    /// <summary>The HarfBuzz face, for cutting a subset straight from the mapped file (<see cref="FontSubsetter"/>).</summary>
    internal IntPtr FaceHandle => _face.Handle;

    private FontDescription? _description;

    /// <summary>Family name, weight and slant as the font's own tables give them.</summary>
    public FontDescription Description => _description ??= FontDescription.Read(_face, System.IO.Path.GetFileNameWithoutExtension(Path));

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

    public override string ToString() => Index == 0 ? System.IO.Path.GetFileName(Path) : $"{System.IO.Path.GetFileName(Path)}#{Index}";
}
