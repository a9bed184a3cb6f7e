using System.Security.Cryptography;
using System.Text;
using Publisher.Layout.Fonts;

namespace Publisher.Pdf.Writer.Fonts;

/// <summary>
/// One face as a composite (Type 0) PDF font, Identity-H: two bytes per glyph. While pages are written
/// it collects the glyphs used and the text each stands for; at the end it writes the subset font
/// program, the widths and the ToUnicode map. TrueType outlines become a CIDFontType2 (FontFile2),
/// CFF outlines a CIDFontType0 (FontFile3 /CIDFontType0C): never a Type 3 font, which print shops refuse.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly FontFace _face;
    private readonly SfntTables _tables;
    private readonly CffCharset? _cff;
    private readonly FontMetrics _metrics;
    private readonly UsedGlyphs _glyphs;

    public EmbeddedFont(FontFace face, string resourceName, PdfRef reference)
    {
        _face = face;
        _glyphs = new UsedGlyphs(face.GlyphCount);
        ResourceName = resourceName;
        Reference = reference;
        _tables = new SfntTables(face);
        _metrics = new FontMetrics(_tables);
        if (_tables.Has("CFF ")) _cff = new CffCharset(_tables.Table("CFF "));
        else if (!_tables.Has("glyf"))
            throw new InvalidDataException($"'{face}' has neither TrueType (glyf) nor CFF outlines; it cannot be embedded");
    }

    public string ResourceName { get; }
    public PdfRef Reference { get; }

    /// <summary>The two-byte code that shows <paramref name="glyph"/>: its CID in a CID-keyed CFF font, else its id.</summary>
    public ushort Code(ushort glyph) => _cff?.Code(glyph) ?? glyph;

    /// <summary>The advance PDF gives <paramref name="glyph"/> (/W), in thousandths of the font size.</summary>
    public double Advance(ushort glyph) => _metrics.ToGlyphSpace(_metrics.Advance(glyph));

    /// <summary>
    /// Records that <paramref name="glyph"/> is shown for <paramref name="text"/> (null: for no text of its
    /// own, such as the second glyph of a cluster). False when the glyph already stands for other text: the
    /// ToUnicode map holds one text per glyph, so the caller must give this occurrence an /ActualText.
    /// </summary>
    public bool Use(ushort glyph, ReadOnlySpan<char> text)
    {
        if (!_glyphs.TryGetValue(glyph, out var known))
        {
            _glyphs.Add(glyph, text.ToString());
            return true;
        }
        return known is not null && text.SequenceEqual(known);
    }

    /// <inheritdoc cref="Use(ushort, ReadOnlySpan{char})"/>
    public bool Use(ushort glyph, string? text)
    {
        if (!_glyphs.TryGetValue(glyph, out var known))
        {
            _glyphs.Add(glyph, text);
            return true;
        }
        if (known == text) return true;
        return false;
    }

    /// <param name="everyGlyphMapped">PDF/A: a glyph that stands for no text of its own (inside a cluster, which then
    /// has /ActualText) maps to U+FFFD REPLACEMENT CHARACTER, since each glyph shown must map to some character.</param>
    // The imposed booklet shows the same glyphs as the book: its fonts are the same subsets, cut once (a CJK face's
    // cut costs a tenth of a second). Keyed by face and glyph list; a face's entries go when the face does.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FontFace, Dictionary<string, byte[]>> Subsets = new();

    private static byte[] Subset(FontFace face, ushort[] glyphs)
    {
        var key = string.Join(',', glyphs);
        var cache = Subsets.GetOrCreateValue(face);
        lock (cache)
        {
            if (!cache.TryGetValue(key, out var subset)) cache[key] = subset = FontSubsetter.SubsetGlyphs(face, glyphs);
            return subset;
        }
    }

    public void Write(PdfFile file, bool everyGlyphMapped = false)
    {
        var subset = Subset(_face, [0, .. _glyphs.Keys]);
        var tables = new SfntTables(subset);
        // The subset keeps glyph ids and their metrics; the whole font's numbers are the ones text was set with.
        var metrics = _metrics;
        var baseFont = $"{SubsetTag()}+{_tables.PostScriptName() ?? Path.GetFileNameWithoutExtension(_face.Path)}";

        PdfRef program;
        if (_cff is not null)
        {
            var cff = tables.TableBytes("CFF ");
            CheckCodesKept(new CffCharset(cff));
            program = file.AddStream(new PdfDict { { "Subtype", new PdfName("CIDFontType0C") } }, cff);
        }
        else
        {
            program = file.AddStream(new PdfDict { { "Length1", subset.Length } }, subset);
        }

        var descriptor = file.Add(Descriptor(metrics, baseFont, program));
        var cidFont = new PdfDict("Font")
        {
            { "Subtype", new PdfName(_cff is null ? "CIDFontType2" : "CIDFontType0") },
            { "BaseFont", new PdfName(baseFont) },
            { "CIDSystemInfo", new PdfDict { { "Registry", new PdfText("Adobe") }, { "Ordering", new PdfText("Identity") }, { "Supplement", 0 } } },
            { "FontDescriptor", descriptor },
            { "W", Widths(metrics) },
        };
        if (_cff is null) cidFont.Add("CIDToGIDMap", new PdfName("Identity"));
        var descendant = file.Add(cidFont);
        var toUnicode = file.AddStream(new PdfDict(), ToUnicodeCMap.Write(_glyphs.Entries
            .Where(g => everyGlyphMapped ? g.Key != 0 : g.Value is { Length: > 0 })
            .Select(g => KeyValuePair.Create(Code(g.Key), g.Value is { Length: > 0 } text ? text : "\uFFFD"))));
        file.Write(Reference, new PdfDict("Font")
        {
            { "Subtype", new PdfName("Type0") },
            { "BaseFont", new PdfName(baseFont) },
            { "Encoding", new PdfName("Identity-H") },
            { "DescendantFonts", PdfArray.Of(descendant) },
            { "ToUnicode", toUnicode },
        });
    }

    private PdfDict Descriptor(FontMetrics metrics, string baseFont, PdfRef program)
    {
        const int fixedPitch = 1, symbolic = 4, italic = 64;
        var flags = symbolic | (metrics.FixedPitch ? fixedPitch : 0) | (metrics.Italic ? italic : 0);
        var box = metrics.BoundingBox;
        return new PdfDict("FontDescriptor")
        {
            { "FontName", new PdfName(baseFont) },
            { "Flags", flags },
            { "FontBBox", PdfArray.Of(metrics.ToGlyphSpace(box[0]), metrics.ToGlyphSpace(box[1]), metrics.ToGlyphSpace(box[2]), metrics.ToGlyphSpace(box[3])) },
            { "ItalicAngle", metrics.ItalicAngle },
            { "Ascent", metrics.ToGlyphSpace(metrics.Ascent) },
            { "Descent", metrics.ToGlyphSpace(metrics.Descent) },
            { "CapHeight", metrics.ToGlyphSpace(metrics.CapHeight) },
            // Required, but nothing in the font says it; 80 is what most writers put for a regular weight.
            { "StemV", 80 },
            { _cff is null ? "FontFile2" : "FontFile3", program },
        };
    }

    /// <summary>/W: the widths of the glyphs used, by code, as runs of consecutive codes.</summary>
    private PdfArray Widths(FontMetrics metrics)
    {
        var widths = new PdfArray();
        PdfArray? run = null;
        var next = -1;
        foreach (var (code, glyph) in _glyphs.Keys.Prepend((ushort)0).Distinct().Select(g => (Code(g), g)).OrderBy(c => c.Item1))
        {
            if (run is null || code != next)
            {
                run = [];
                widths.Add((int)code);
                widths.Add(run);
            }
            run.Add(metrics.ToGlyphSpace(metrics.Advance(glyph)));
            next = code + 1;
        }
        return widths;
    }

    /// <summary>
    /// Text is written with codes from the whole font's charset before the subset exists; HarfBuzz keeps
    /// glyph ids (RETAIN_GIDS) and, with them, their CIDs. Checked, since a changed CID would show wrong glyphs.
    /// </summary>
    private void CheckCodesKept(CffCharset subset)
    {
        foreach (var glyph in _glyphs.Keys)
            if (subset.Code(glyph) != Code(glyph))
                throw new InvalidDataException($"subsetting '{_face}' changed the CID of glyph {glyph}");
    }

    /// <summary>Six capital letters naming this subset (§9.6.4), the same for the same glyphs of the same font.</summary>
    private string SubsetTag()
    {
        var key = new StringBuilder(Path.GetFileName(_face.Path));
        foreach (var glyph in _glyphs.Keys) key.Append(',').Append(glyph);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()));
        return new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }
}
