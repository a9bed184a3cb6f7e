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
    private readonly double[] _prefix;

    public ParagraphGlyphs(IReadOnlyList<TextRun> runs, TextShaper shaper)
    {
        Runs = runs;
        Shaped = new ShapedText[runs.Count];
        RunStart = new int[runs.Count];
        var text = new System.Text.StringBuilder();
        var count = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            RunStart[r] = text.Length;
            text.Append(runs[r].Text);
            Shaped[r] = runs[r].Style.Image is { } image ? image.Shape(runs[r].Text)
                : shaper.Shape(runs[r].Style.Face, runs[r].Style.Size, runs[r].Text);
            count += Shaped[r].Count;
        }
        Text = text.ToString();
        Run = new int[count];
        Glyph = new int[count];
        CharIndex = new int[count];
        _prefix = new double[count + 1];
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
    }

    public IReadOnlyList<TextRun> Runs { get; }
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
