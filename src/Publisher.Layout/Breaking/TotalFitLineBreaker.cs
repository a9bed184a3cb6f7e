namespace Publisher.Layout.Breaking;

/// <summary>How a justified paragraph is broken into lines.</summary>
public enum LineBreaking
{
    /// <summary>Line by line: each line takes as many words as fit (<see cref="LineBreaker"/>).</summary>
    FirstFit,
    /// <summary>The paragraph as a whole, as TeX does (<see cref="TotalFitLineBreaker"/>).</summary>
    TotalFit,
}

/// <summary>
/// Total-fit line breaking (Knuth and Plass, as in TeX): the breaks of a paragraph are chosen
/// together so that the sum of the lines' demerits is least, rather than line by line.
/// Boxes are the glyphs; glue is the spaces, of their natural width from the font, stretching
/// by half and shrinking by a third of it; a line may end at any UAX #14 opportunity, must end
/// at a forced one; the last line (and one ended by a forced break) is filled with glue that
/// stretches without end, so it stays ragged. A first pass admits only lines of badness up to
/// <see cref="Tolerance"/>; if none comes through, a second admits any line that is not
/// overfull. If even that fails (a piece wider than the line), the paragraph is broken
/// first-fit by <see cref="LineBreaker"/>, which cuts the piece, so nothing overflows.
/// Cost: O(breaks × active nodes); a node leaves the active list once a line from it would be
/// overfull, so the list holds about one line's worth of breaks.
/// </summary>
/// <remarks>
/// The width may differ for the first line only (an indent): nodes are kept one per break and
/// fitness class, not per line number, which is exact when every line after the first is as wide.
/// </remarks>
public static class TotalFitLineBreaker
{
    /// <summary>TeX's \tolerance in plain TeX.</summary>
    public const double Tolerance = 200;
    /// <summary>
    /// TeX's \pretolerance: a paragraph that can be set with no line worse than this without hyphenating
    /// is set so; only the others try the hyphenation points (TeX's first and second passes).
    /// </summary>
    public const double Pretolerance = 100;
    public const double StretchShare = 0.5;
    public const double ShrinkShare = 1.0 / 3;
    private const double LinePenalty = 10;
    /// <summary>A break after a hyphen or dash rather than a space (TeX's \exhyphenpenalty), or at a
    /// hyphenation point (\hyphenpenalty, the same in plain TeX).</summary>
    private const double HyphenPenalty = 50;
    /// <summary>Two hyphenated lines in a row (TeX's \doublehyphendemerits).</summary>
    private const double DoubleHyphenDemerits = 10000;
    /// <summary>A paragraph whose next-to-last line is hyphenated (TeX's \finalhyphendemerits).</summary>
    private const double FinalHyphenDemerits = 5000;
    /// <summary>Adjacent lines of very different tightness (TeX's \adjdemerits).</summary>
    private const double AdjacentDemerits = 10000;
    private const double Epsilon = 0.01;

    /// <param name="Hyphens">How many lines in a row, ending with this one, end with a hyphen.</param>
    private sealed record Node(int Position, int Line, int Fitness, double TotalDemerits, Node? Previous, int Break, bool Forced,
        int Hyphens = 0);

    /// <param name="hyphens">Which breaks are hyphenation points: a line ending at one is a hyphen wider, costs
    /// TeX's penalties, and no more than <see cref="HyphenBreaks.MaxConsecutive"/> such lines follow each other.</param>
    public static List<LineSpan> Break(ParagraphGlyphs glyphs, List<(int Index, bool Mandatory)> breaks,
        Func<int, double> widthOfLine, HyphenBreaks? hyphens = null)
    {
        hyphens ??= HyphenBreaks.None;
        var total = glyphs.Count;
        if (total == 0) return [];

        var segmentEnd = new int[breaks.Count];
        var g = 0;
        for (var k = 0; k < breaks.Count; k++)
        {
            while (g < total && glyphs.CharIndex[g] < breaks[k].Index) g++;
            segmentEnd[k] = g;
        }
        return (hyphens == HyphenBreaks.None ? null : Run(glyphs, breaks, segmentEnd, widthOfLine, Pretolerance, hyphens, hyphenate: false))
            ?? Run(glyphs, breaks, segmentEnd, widthOfLine, Tolerance, hyphens, hyphenate: true)
            ?? Run(glyphs, breaks, segmentEnd, widthOfLine, double.PositiveInfinity, hyphens, hyphenate: true)
            ?? LineBreaker.Break(glyphs, breaks, widthOfLine, hyphens);
    }

    /// <summary>
    /// How far line [start, end) must stretch (positive) or shrink (negative) to fill width, as a
    /// share of its stretch or shrink; infinity when it has nothing to stretch with. The glue is the spaces
    /// and, in Chinese and Japanese, the gaps between characters (<see cref="ParagraphGlyphs.Stretchability"/>).
    /// <paramref name="hyphen"/> is the width of the hyphen the line ends with, if it is hyphenated.
    /// </summary>
    public static double Ratio(ParagraphGlyphs glyphs, int start, int end, double width, bool last, double hyphen = 0)
    {
        var visible = glyphs.TrimTrailingSpace(start, end);
        var natural = glyphs.Width(start, visible) + hyphen;
        if (natural <= width + Epsilon)
        {
            if (last) return 0;
            var stretch = glyphs.Stretchability(start, visible);
            return stretch > 0 ? (width - natural) / stretch : natural >= width - Epsilon ? 0 : double.PositiveInfinity;
        }
        var shrink = glyphs.Shrinkability(start, visible);
        return shrink > 0 ? (width - natural) / shrink : double.NegativeInfinity;
    }

    private static int FitnessOf(double ratio) => ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;

    private static List<LineSpan>? Run(ParagraphGlyphs glyphs, List<(int Index, bool Mandatory)> breaks,
        int[] segmentEnd, Func<int, double> widthOfLine, double tolerance, HyphenBreaks hyphens,
        bool hyphenate)
    {
        var active = new List<Node> { new(0, 0, 1, 0, null, -1, true) };
        // The best way to each break, one per fitness class and per number of hyphenated lines just before it
        // (a way with fewer may go on to hyphenate where one with more may not).
        var runs = hyphens == HyphenBreaks.None ? 1 : hyphens.MaxConsecutive + 1;
        var best = new Node?[4 * runs];
        for (var k = 0; k < breaks.Count; k++)
        {
            var end = segmentEnd[k];
            var last = k == breaks.Count - 1;
            var forced = breaks[k].Mandatory || last;
            var afterSpace = end > 0 && glyphs.IsWhiteSpaceOrNewline(end - 1);
            var penalty = forced || afterSpace ? 0 : HyphenPenalty;
            var hyphen = hyphens.At(k);
            if (hyphen && !hyphenate) continue;
            Array.Clear(best);
            for (var a = 0; a < active.Count; a++)
            {
                var node = active[a];
                if (end <= node.Position) continue;
                if (hyphen && node.Hyphens >= hyphens.MaxConsecutive) continue;
                var ratio = Ratio(glyphs, node.Position, end, widthOfLine(node.Line), forced, hyphens.Width(k));
                if (ratio < -1 - 1e-9)
                {
                    // Overfull: no later break can be reached from this node either.
                    active.RemoveAt(a--);
                    continue;
                }
                // Cubes and squares multiplied out: Math.Pow was 2.6% of a PDF build's time, and its last bit is libm's
                // (glibc's pow is not promised correctly rounded), where a product's is IEEE's on every machine.
                var stretch = Math.Abs(ratio);
                var badness = double.IsPositiveInfinity(ratio) ? 1e7 : 100 * (stretch * stretch * stretch);
                if (badness > tolerance) continue;
                var fitness = FitnessOf(ratio);
                var line = LinePenalty + badness;
                var demerits = line * line + penalty * penalty;
                if (Math.Abs(fitness - node.Fitness) > 1) demerits += AdjacentDemerits;
                if (hyphen && node.Hyphens > 0) demerits += DoubleHyphenDemerits;
                if (last && node.Hyphens > 0) demerits += FinalHyphenDemerits;
                var sum = node.TotalDemerits + demerits;
                var inRow = hyphen ? node.Hyphens + 1 : 0;
                var slot = fitness * runs + Math.Min(inRow, runs - 1);
                if (best[slot] is null || sum < best[slot]!.TotalDemerits)
                    best[slot] = new Node(end, node.Line + 1, fitness, sum, node, k, forced, inRow);
            }
            if (forced)
            {
                // Every line must end here: only the best way of getting here goes on.
                Node? winner = null;
                foreach (var candidate in best)
                    if (candidate is not null && (winner is null || candidate.TotalDemerits < winner.TotalDemerits)) winner = candidate;
                if (winner is null) return null;
                active.Clear();
                active.Add(winner with { Fitness = 1, Hyphens = 0 });
            }
            else
                foreach (var candidate in best)
                    if (candidate is not null) active.Add(candidate);
            if (active.Count == 0) return null;
        }

        var lines = new List<LineSpan>();
        for (var node = active[0]; node.Previous is not null; node = node.Previous)
        {
            var start = node.Previous.Position;
            lines.Add(new LineSpan(start, glyphs.TrimTrailingSpace(start, node.Position), node.Position, node.Forced)
                { Hyphenated = hyphens.At(node.Break) });
        }
        lines.Reverse();
        // A text that ends before its last glyph (it cannot: the last break is the text's end) aside,
        // the last line always closes the paragraph.
        if (lines.Count > 0) lines[^1] = lines[^1] with { Last = true };
        return lines;
    }
}
