namespace Publisher.Pdf.Writer.Fonts;

/// <summary>
/// The glyphs of a font a PDF shows, each with the text it stands for (null: none of its own), read back in glyph
/// order for the subset, the widths and the ToUnicode map. Kept in arrays indexed by glyph id: every glyph painted
/// looks itself up here, and a sorted dictionary's lookups were 8% of the PDF's writing.
/// </summary>
internal sealed class UsedGlyphs(int glyphCount)
{
    private string?[] _texts = new string?[Math.Max(1, glyphCount)];
    private bool[] _used = new bool[Math.Max(1, glyphCount)];

    public bool TryGetValue(ushort glyph, out string? text)
    {
        if (glyph < _used.Length && _used[glyph])
        {
            text = _texts[glyph];
            return true;
        }
        text = null;
        return false;
    }

    public void Add(ushort glyph, string? text)
    {
        // A glyph id past the face's count is a broken font's: kept all the same, as the font's own reader will judge it.
        if (glyph >= _used.Length)
        {
            Array.Resize(ref _texts, glyph + 1);
            Array.Resize(ref _used, glyph + 1);
        }
        _used[glyph] = true;
        _texts[glyph] = text;
    }

    /// <summary>The glyphs used, ascending.</summary>
    public IEnumerable<ushort> Keys
    {
        get
        {
            for (var g = 0; g < _used.Length; g++)
                if (_used[g]) yield return (ushort)g;
        }
    }

    /// <summary>The glyphs used with their texts, ascending by glyph.</summary>
    public IEnumerable<KeyValuePair<ushort, string?>> Entries => Keys.Select(g => KeyValuePair.Create(g, _texts[g]));
}
