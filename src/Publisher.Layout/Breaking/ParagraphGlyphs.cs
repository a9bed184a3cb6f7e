using Publisher.Layout.Shaping;
using Publisher.Layout.Text;

namespace Publisher.Layout.Breaking;

/// <summary>
/// A paragraph's runs shaped and laid end to end: for every glyph, the run it came from,
/// its index in that run's shaping, the character it starts at in the whole paragraph's
/// text, and its advance; with prefix sums so any range's width costs O(1).
/// Glyphs stand in the text's (logical) order, which line breaking works in: a run HarfBuzz
/// shaped right to left (<see cref="ShapedText.RightToLeft"/>) is walked backwards, so that
/// character indices only grow from one glyph to the next.
/// </summary>
public sealed class ParagraphGlyphs
{
    /// <summary>
    /// How far the gap between two Chinese or Japanese characters may stretch in a justified line, as a share
    /// of the font size. Such text has no spaces: the line reaches the margin by spacing its characters.
    /// They never come closer than their em squares.
    /// </summary>
    public const double CjkGapStretch = 0.1;

    private readonly double[] _prefix;
    private readonly double[] _stretchPrefix;
    private readonly double[] _shrinkPrefix;
    /// <summary>Each glyph's gap stretch (<see cref="CjkGapStretch"/>); null in text with no such gap, most text.</summary>
    private double[]? _gapStretch;

    /// <param name="levels">Each run's bidi level (<see cref="Inline.BidiRuns"/>): odd runs are shaped right to left.
    /// Null: the text has no right-to-left letters, and HarfBuzz takes each run's direction from its script.</param>
    /// <param name="language">The paragraph's language where it is not the book's; null: the book's.</param>
    public ParagraphGlyphs(IReadOnlyList<TextRun> runs, TextShaper shaper, byte[]? levels = null, string? language = null)
    {
        Runs = runs;
        Levels = levels ?? new byte[runs.Count];
        Bidi = levels is not null && levels.Any(l => l != 0);
        Shaped = new ShapedText[runs.Count];
        RunStart = new int[runs.Count];
        var text = new System.Text.StringBuilder();
        var count = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            RunStart[r] = text.Length;
            text.Append(runs[r].Text);
            Shaped[r] = runs[r].Style.Image is { } image ? image.Shape(runs[r].Text)
                : shaper.Shape(runs[r].Style.Face, runs[r].Style.Size, runs[r].Text, Bidi ? (Levels[r] & 1) == 1 : null, runs[r].Style.Language ?? language);
            count += Shaped[r].Count;
        }
        Text = text.ToString();
        Run = new int[count];
        Glyph = new int[count];
        CharIndex = new int[count];
        _prefix = new double[count + 1];
        _stretchPrefix = new double[count + 1];
        _shrinkPrefix = new double[count + 1];
        var g = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var shaped = Shaped[r];
            for (var k = 0; k < shaped.Count; k++, g++)
            {
                var i = shaped.RightToLeft ? shaped.Count - 1 - k : k;
                Run[g] = r;
                Glyph[g] = i;
                CharIndex[g] = RunStart[r] + shaped.Clusters[i];
                // Newlines end a line; they take no room and are never drawn.
                var advance = BreakOpportunities.IsNewline(Text[CharIndex[g]]) ? 0 : shaped.Advances[i];
                _prefix[g + 1] = _prefix[g] + advance;
            }
        }
        for (g = 0; g < count; g++)
        {
            double stretch = 0, shrink = 0;
            if (IsSpace(g))
            {
                stretch = Advance(g) * TotalFitLineBreaker.StretchShare;
                shrink = Advance(g) * TotalFitLineBreaker.ShrinkShare;
            }
            else if (g + 1 < count && CharIndex[g + 1] != CharIndex[g] && UnspacedGap(g))
                stretch = (_gapStretch ??= new double[count])[g] = Runs[Run[g]].Style.Size * CjkGapStretch;
            _stretchPrefix[g + 1] = _stretchPrefix[g] + stretch;
            _shrinkPrefix[g + 1] = _shrinkPrefix[g] + shrink;
        }
    }

    /// <summary>The same glyphs for other runs of the same texts, faces and sizes (<see cref="LineMemory"/>): their links,
    /// notes and structure are what the paragraph's rows take from them.</summary>
    internal ParagraphGlyphs WithRuns(IReadOnlyList<TextRun> runs) => new(this, runs);

    private ParagraphGlyphs(ParagraphGlyphs glyphs, IReadOnlyList<TextRun> runs)
    {
        (_prefix, _stretchPrefix, _shrinkPrefix, _gapStretch) = (glyphs._prefix, glyphs._stretchPrefix, glyphs._shrinkPrefix, glyphs._gapStretch);
        (Runs, Levels, Bidi, Shaped, RunStart, Text) = (runs, glyphs.Levels, glyphs.Bidi, glyphs.Shaped, glyphs.RunStart, glyphs.Text);
        (Run, Glyph, CharIndex) = (glyphs.Run, glyphs.Glyph, glyphs.CharIndex);
    }

    /// <summary>
    /// A gap after glyph g that may stretch: beside a Chinese or Japanese character, or between two Thai (Lao, Khmer,
    /// Myanmar) clusters, with no space or line end on either side.
    /// </summary>
    private bool UnspacedGap(int g)
    {
        if (IsWhiteSpaceOrNewline(g + 1) || Runs[Run[g]].Style.Image is not null || Runs[Run[g + 1]].Style.Image is not null) return false;
        var before = CodePointAt(CharIndex[g]);
        var after = CodePointAt(CharIndex[g + 1]);
        return Publisher.Core.Text.EastAsianText.IsUnspaced(before) || Publisher.Core.Text.EastAsianText.IsUnspaced(after)
            || (Publisher.Core.Text.EastAsianText.IsSoutheastAsian(before) && Publisher.Core.Text.EastAsianText.IsSoutheastAsian(after));
    }

    private int CodePointAt(int i) => char.IsSurrogatePair(Text, i) ? char.ConvertToUtf32(Text, i) : Text[i];

    /// <summary>How far line [start, end) may stretch when justified, in points: its spaces, and its CJK gaps but the last.</summary>
    public double Stretchability(int start, int end) =>
        end <= start ? 0 : _stretchPrefix[end] - _stretchPrefix[start] - (_gapStretch is null ? 0 : _gapStretch[end - 1]);

    /// <summary>How far line [start, end) may shrink when justified, in points (its spaces).</summary>
    public double Shrinkability(int start, int end) => end <= start ? 0 : _shrinkPrefix[end] - _shrinkPrefix[start];

    /// <summary>What glyph g may give to a stretched line (a space's share, or the gap after a CJK character).</summary>
    public double StretchOf(int g) => _stretchPrefix[g + 1] - _stretchPrefix[g];

    public double ShrinkOf(int g) => _shrinkPrefix[g + 1] - _shrinkPrefix[g];

    public IReadOnlyList<TextRun> Runs { get; }
    /// <summary>The bidi level of each run (all 0 in left-to-right text).</summary>
    public byte[] Levels { get; }
    /// <summary>Some run is not at level 0: lines must be put in visual order (<see cref="Inline.VisualOrder"/>).</summary>
    public bool Bidi { get; }
    public ShapedText[] Shaped { get; }
    public int[] RunStart { get; }
    public string Text { get; }
    public int[] Run { get; }
    public int[] Glyph { get; }
    public int[] CharIndex { get; }
    public int Count => Run.Length;

    public double Width(int start, int end) => _prefix[end] - _prefix[start];

    public double Advance(int g) => _prefix[g + 1] - _prefix[g];

    /// <summary>True for a glyph that stands for a space (it stretches when justifying).</summary>
    public bool IsSpace(int g) => Text[CharIndex[g]] is ' ' or '\u00A0' or '\t';

    public bool IsWhiteSpaceOrNewline(int g) => IsSpace(g) || BreakOpportunities.IsNewline(Text[CharIndex[g]]);

    /// <summary>Moves <paramref name="end"/> back over spaces and newlines that end a line.</summary>
    public int TrimTrailingSpace(int start, int end)
    {
        while (end > start && IsWhiteSpaceOrNewline(end - 1)) end--;
        return end;
    }

    /// <summary>Where the text of glyphs [.., g) ends: the next glyph's character, or the text's end.</summary>
    public int CharEnd(int g) => g < Count ? CharIndex[g] : Text.Length;
}
