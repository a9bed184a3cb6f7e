namespace Publisher.Layout.Breaking;

/// <summary>
/// The two widths a piece of text asks for, as CSS names them: min-content, the widest
/// piece that cannot be broken (a long word), so narrower than this a word must be cut;
/// and max-content, the widest line when the text is broken only where it forces a break.
/// Measured the way <see cref="LineBreaker"/> fills lines, so that text set at its
/// max-content width stays on one line and at its min-content width no word is cut.
/// </summary>
public readonly record struct ContentWidths(double Min, double Max)
{
    public static ContentWidths Of(ParagraphGlyphs glyphs)
    {
        var breaks = BreakOpportunities.Find(glyphs.Text);
        double min = 0, max = 0;
        var g = 0;
        var segmentStart = 0;
        var lineStart = 0;
        foreach (var (index, mandatory) in breaks)
        {
            while (g < glyphs.Count && glyphs.CharIndex[g] < index) g++;
            min = Math.Max(min, glyphs.Width(segmentStart, glyphs.TrimTrailingSpace(segmentStart, g)));
            segmentStart = g;
            if (!mandatory && index < glyphs.Text.Length) continue;
            max = Math.Max(max, glyphs.Width(lineStart, glyphs.TrimTrailingSpace(lineStart, g)));
            lineStart = g;
        }
        return new ContentWidths(min, max);
    }
}
