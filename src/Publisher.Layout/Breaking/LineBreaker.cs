namespace Publisher.Layout.Breaking;

/// <summary>One line of a paragraph: a range of its glyphs.</summary>
/// <param name="Start">First glyph.</param>
/// <param name="End">One past the last glyph that is drawn (trailing spaces excluded).</param>
/// <param name="Next">Where the next line starts (after the trailing spaces).</param>
/// <param name="Last">The paragraph's last line, or one ended by a forced break: not justified.</param>
public readonly record struct LineSpan(int Start, int End, int Next, bool Last)
{
    /// <summary>The line ends inside a word, at a hyphenation point: a hyphen is set after its last glyph.</summary>
    public bool Hyphenated { get; init; }

    /// <summary>The line ends inside a piece wider than the whole line (a long URL or word), cut between two characters.</summary>
    public bool CutInWord { get; init; }
}

/// <summary>
/// First-fit line breaking: each line takes as many break-separated pieces as fit; a
/// piece wider than the line (a long word, a URL) is cut between characters so that
/// nothing ever runs past the margin. Works on the flattened glyphs of a paragraph.
/// </summary>
public static class LineBreaker
{
    private const double Tolerance = 0.01;

    /// <param name="glyphs">The paragraph's glyphs in logical order.</param>
    /// <param name="breaks">Line start opportunities from <see cref="BreakOpportunities"/>.</param>
    /// <param name="widthOfLine">Available width of line n (the first may be indented).</param>
    public static List<LineSpan> Break(ParagraphGlyphs glyphs, List<(int Index, bool Mandatory)> breaks,
        Func<int, double> widthOfLine, HyphenBreaks? hyphens = null) =>
        Break(glyphs, breaks, (n, _) => widthOfLine(n), hyphens);

    /// <param name="widthOfLine">Available width of line n, and whether that line continues one
    /// the breaker had to wrap (not the first, not after a forced break): such a line may be
    /// narrower, to make room for a continuation mark.</param>
    /// <param name="hyphens">Which breaks are hyphenation points; at most <see cref="HyphenBreaks.MaxConsecutive"/>
    /// lines in a row end at one.</param>
    public static List<LineSpan> Break(ParagraphGlyphs glyphs, List<(int Index, bool Mandatory)> breaks,
        Func<int, bool, double> widthOfLine, HyphenBreaks? hyphens = null)
    {
        hyphens ??= HyphenBreaks.None;
        var lines = new List<LineSpan>();
        var total = glyphs.Count;
        if (total == 0) return lines;

        // Segment k ends before glyph segmentEnd[k].
        var segmentEnd = new int[breaks.Count];
        var g = 0;
        for (var k = 0; k < breaks.Count; k++)
        {
            while (g < total && glyphs.CharIndex[g] < breaks[k].Index) g++;
            segmentEnd[k] = g;
        }

        var start = 0;
        var lastFit = -1;
        var segment = 0;
        var hyphenated = 0; // lines in a row, up to here, that end with a hyphen
        while (segment < breaks.Count)
        {
            var end = segmentEnd[segment];
            if (hyphens.At(segment) && (hyphenated >= hyphens.MaxConsecutive || end <= start))
            {
                segment++;
                continue;
            }
            var visibleEnd = glyphs.TrimTrailingSpace(start, end);
            var available = widthOfLine(lines.Count, lines.Count > 0 && !lines[^1].Last);
            if (glyphs.Width(start, visibleEnd) + hyphens.Width(segment) <= available + Tolerance || visibleEnd <= start)
            {
                lastFit = segment;
                if (breaks[segment].Mandatory)
                {
                    lines.Add(new LineSpan(start, visibleEnd, end, Last: true));
                    start = end;
                    lastFit = -1;
                    hyphenated = 0;
                }
                segment++;
                continue;
            }
            if (lastFit >= 0)
            {
                var fitEnd = segmentEnd[lastFit];
                var hyphen = hyphens.At(lastFit);
                lines.Add(new LineSpan(start, glyphs.TrimTrailingSpace(start, fitEnd), fitEnd, Last: false) { Hyphenated = hyphen });
                hyphenated = hyphen ? hyphenated + 1 : 0;
                segment = lastFit + 1;
                start = fitEnd;
                lastFit = -1;
                continue;
            }
            // One piece is wider than the whole line: cut it at the last cluster that fits.
            var cut = start + 1;
            for (var i = start + 1; i < visibleEnd; i++)
            {
                if (glyphs.CharIndex[i] == glyphs.CharIndex[i - 1]) continue;
                if (glyphs.Width(start, i) > available + Tolerance) break;
                cut = i;
            }
            while (cut < visibleEnd && glyphs.CharIndex[cut] == glyphs.CharIndex[cut - 1]) cut++;
            lines.Add(new LineSpan(start, cut, cut, Last: false) { CutInWord = cut < visibleEnd });
            start = cut;
            hyphenated = 0;
        }
        if (start < total)
            lines.Add(new LineSpan(start, glyphs.TrimTrailingSpace(start, total), total, Last: true));
        else if (lines.Count > 0)
            lines[^1] = lines[^1] with { Last = true };
        return lines;
    }
}
