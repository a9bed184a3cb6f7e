using Publisher.Layout.Hyphenation;
using Publisher.Layout.Shaping;

namespace Publisher.Layout.Breaking;

/// <summary>
/// The hyphenation points of a paragraph, as breaks among its other ones (TeX's discretionary
/// breaks): a line that ends at one is followed by a hyphen, which the breakers count in the
/// line's width. Indexed like the merged break list.
/// </summary>
public sealed class HyphenBreaks
{
    public static readonly HyphenBreaks None = new([], int.MaxValue);

    // Width of the hyphen a line ending at break k gets; 0 where break k is not a hyphenation point.
    private readonly double[] _width;

    private HyphenBreaks(double[] width, int maxConsecutive)
    {
        _width = width;
        MaxConsecutive = maxConsecutive;
    }

    /// <summary>Most lines in a row that may end at a hyphenation point.</summary>
    public int MaxConsecutive { get; }

    public bool At(int k) => k < _width.Length && _width[k] > 0;

    /// <summary>What a line ending at break k adds for its hyphen (0 for other breaks).</summary>
    public double Width(int k) => k < _width.Length ? _width[k] : 0;

    /// <summary>
    /// Adds the paragraph's hyphenation points to <paramref name="breaks"/> and returns the merged list,
    /// with the hyphen's width at each point: shaped in the face and size of the letter before it.
    /// </summary>
    public static (List<(int Index, bool Mandatory)> Breaks, HyphenBreaks Hyphens) Add(
        ParagraphGlyphs glyphs, List<(int Index, bool Mandatory)> breaks, HyphenationRules rules, TextShaper shaper)
    {
        var points = HyphenationPoints.Find(glyphs, rules);
        if (points.Count == 0) return (breaks, None);
        var merged = new List<(int Index, bool Mandatory)>(breaks.Count + points.Count);
        var width = new List<double>(breaks.Count + points.Count);
        var b = 0;
        var g = 0;
        foreach (var point in points)
        {
            for (; b < breaks.Count && breaks[b].Index <= point; b++)
            {
                merged.Add(breaks[b]);
                width.Add(0);
            }
            if (merged.Count > 0 && merged[^1].Index == point) continue;
            while (g + 1 < glyphs.Count && glyphs.CharIndex[g + 1] < point) g++;
            var style = glyphs.Runs[glyphs.Run[g]].Style;
            merged.Add((point, false));
            width.Add(HyphenGlyph.Shape(shaper, style).Advances.Sum());
        }
        for (; b < breaks.Count; b++)
        {
            merged.Add(breaks[b]);
            width.Add(0);
        }
        return (merged, new HyphenBreaks([.. width], Math.Max(1, rules.MaxConsecutive)));
    }
}
