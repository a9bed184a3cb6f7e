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
    /// with the hyphen's width at each point: shaped in the face and size of the letter before it. The
    /// points are the author's soft hyphens (U+00AD, HTML's <c>&amp;shy;</c>), which need no
    /// <paramref name="rules"/>, and with rules the points their patterns give.
    /// </summary>
    public static (List<(int Index, bool Mandatory)> Breaks, HyphenBreaks Hyphens) Add(
        ParagraphGlyphs glyphs, List<(int Index, bool Mandatory)> breaks, HyphenationRules? rules, TextShaper shaper)
    {
        var points = SoftHyphens(glyphs);
        if (rules is not null)
        {
            var found = HyphenationPoints.Find(glyphs, rules);
            // Soft hyphens are rare: merge (and sort) only when a paragraph has both.
            points = points.Count == 0 ? found : [.. points.Union(found).Order()];
        }
        if (points.Count == 0) return (breaks, None);
        var merged = new List<(int Index, bool Mandatory)>(breaks.Count + points.Count);
        var width = new List<double>(breaks.Count + points.Count);
        var b = 0;
        var g = 0;
        foreach (var point in points)
        {
            for (; b < breaks.Count && breaks[b].Index < point; b++)
            {
                merged.Add(breaks[b]);
                width.Add(0);
            }
            // The line breaking algorithm already breaks after a soft hyphen; that break becomes a hyphenated one.
            var existing = b < breaks.Count && breaks[b].Index == point;
            if (existing && breaks[b].Mandatory) continue;
            while (g + 1 < glyphs.Count && glyphs.CharIndex[g + 1] < point) g++;
            var style = glyphs.Runs[glyphs.Run[g]].Style;
            merged.Add((point, false));
            width.Add(HyphenGlyph.Shape(shaper, style).Advances.Sum());
            if (existing) b++;
        }
        for (; b < breaks.Count; b++)
        {
            merged.Add(breaks[b]);
            width.Add(0);
        }
        return (merged, new HyphenBreaks([.. width], Math.Max(1, rules?.MaxConsecutive ?? HyphenationRules.DefaultMaxConsecutive)));
    }

    /// <summary>The indices just after each soft hyphen in text that may be hyphenated (not inline code).</summary>
    private static List<int> SoftHyphens(ParagraphGlyphs glyphs)
    {
        var points = new List<int>();
        var text = glyphs.Text;
        for (var i = text.IndexOf('\u00AD'); i >= 0; i = text.IndexOf('\u00AD', i + 1))
        {
            // A soft hyphen at a word's edge breaks nothing: there is no word to split.
            if (i == 0 || i + 1 >= text.Length || !char.IsLetter(text[i - 1]) || !char.IsLetter(text[i + 1])) continue;
            var run = Array.FindLastIndex(glyphs.RunStart, start => start <= i);
            if (!glyphs.Runs[run].Style.Code) points.Add(i + 1);
        }
        return points;
    }
}
