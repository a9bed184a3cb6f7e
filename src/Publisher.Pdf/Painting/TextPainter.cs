using Publisher.Layout.Pages;
using Publisher.Pdf.Writer;
using Publisher.Pdf.Writer.Fonts;

namespace Publisher.Pdf.Painting;

/// <summary>
/// Writes glyph runs as PDF text. Each run's glyphs are shown at the positions layout gave them:
/// one text matrix per run (and per change of vertical offset), the gaps between glyphs as TJ
/// adjustments. Each glyph's characters go into the font's ToUnicode map; where a glyph stands for
/// different text in different places, or a cluster of glyphs for one text, the cluster is wrapped
/// in a span with /ActualText, so searching, copying and reading aloud give the author's words. The
/// hyphen that line breaking added inside a word reads as U+00AD SOFT HYPHEN, as ISO 32000-1 §14.8.2.2.3
/// asks: a place where the word was broken, not a character of it, so it reads and copies whole.
/// Under PDF/A (<see cref="Standards.PdfStandard.StrictGlyphs"/>) the .notdef glyph of a character no font
/// has is left out, and every cluster of several glyphs gets its /ActualText, since each glyph must then map
/// to some character of its own.
/// </summary>
internal sealed class TextPainter(PdfResources resources, PdfContent content)
{
    private EmbeddedFont? _font;
    private double _size;
    private uint? _color;
    private bool _open;

    public void Paint(GlyphRun run)
    {
        if (run.Glyphs.Length == 0) return;
        if (!_open)
        {
            content.BeginText();
            _open = true;
        }
        var font = resources.Font(run.Face);
        if (font != _font || run.Size != _size)
        {
            content.Font(font.ResourceName, run.Size);
            (_font, _size) = (font, run.Size);
        }
        if (run.Color != _color)
        {
            content.FillColor(run.Color);
            _color = run.Color;
        }
        if (run.RightToLeft) run = InLogicalOrder(run);
        var clusters = Clusters(run);
        var each = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(clusters);
        for (var c = 0; c < each.Length; c++)
        {
            ref var cluster = ref each[c];
            var fits = true;
            for (var g = cluster.First; g < cluster.End; g++)
                fits &= g == cluster.First ? font.Use(run.Glyphs[g], cluster.TextIn(run)) : font.Use(run.Glyphs[g], null);
            cluster.NeedsActualText = !fits || (Strict && cluster.End - cluster.First > 1);
        }
        if (run.EndsWithHyphen && each.Length > 0 && each[^1].End - each[^1].First == 1)
        {
            each[^1].Actual = "\u00AD";
            each[^1].NeedsActualText = true;
        }
        PaintGlyphs(run, font, clusters);
    }

    /// <summary>
    /// A right-to-left run comes from layout in visual order, its last letter leftmost. It is shown in the order it is
    /// written instead, each glyph still at its place (the TJ adjustments move back leftwards): text extraction and
    /// the structure tree read a content stream in its order, and would otherwise read every Arabic word backwards.
    /// </summary>
    private static GlyphRun InLogicalOrder(GlyphRun run)
    {
        var n = run.Glyphs.Length;
        var glyphs = new ushort[n];
        var x = new double[n];
        var y = new double[n];
        var clusters = new int[n];
        for (var i = 0; i < n; i++)
        {
            glyphs[i] = run.Glyphs[n - 1 - i];
            x[i] = run.X[n - 1 - i];
            y[i] = run.OffsetY[n - 1 - i];
            clusters[i] = run.Clusters[n - 1 - i];
        }
        return run with { Glyphs = glyphs, X = x, OffsetY = y, Clusters = clusters };
    }

    /// <summary>Ends the text object; call before painting anything that is not text.</summary>
    public void Close()
    {
        if (!_open) return;
        content.EndText();
        _open = false;
        // A new text object starts with no font set (ISO 32000-1 §9.3.1), and the colour may be changed by other painting.
        (_font, _size, _color) = (null, 0, null);
    }

    private void PaintGlyphs(GlyphRun run, EmbeddedFont font, List<Cluster> clusters)
    {
        var codes = new ushort[run.Glyphs.Length];
        for (var i = 0; i < codes.Length; i++) codes[i] = font.Code(run.Glyphs[i]);
        var adjustments = new double[run.Glyphs.Length];
        for (var i = 0; i < clusters.Count;)
        {
            if (clusters[i].NeedsActualText)
            {
                content.BeginMarkedContent("Span", new PdfDict { { "ActualText", new PdfText(clusters[i].Actual ?? clusters[i].TextIn(run).ToString()) } });
                ShowLevelled(run, font, codes, adjustments, clusters[i].First, clusters[i].End);
                content.EndMarkedContent();
                i++;
                continue;
            }
            // Clusters that need no span of their own are shown together.
            var last = i;
            while (last + 1 < clusters.Count && !clusters[last + 1].NeedsActualText) last++;
            ShowLevelled(run, font, codes, adjustments, clusters[i].First, clusters[last].End);
            i = last + 1;
        }
    }

    /// <summary>Shows glyphs <paramref name="from"/> to <paramref name="to"/>, one text matrix per stretch on one baseline offset.</summary>
    private void ShowLevelled(GlyphRun run, EmbeddedFont font, ushort[] codes, double[] adjustments, int from, int to)
    {
        for (var start = from; start < to;)
        {
            var end = start + 1;
            while (end < to && run.OffsetY[end] == run.OffsetY[start]) end++;
            Show(run, font, codes, adjustments, start, end);
            start = end;
        }
    }

    private bool Strict => resources.Standard.StrictGlyphs;

    private void Show(GlyphRun run, EmbeddedFont font, ushort[] codes, double[] adjustments, int from, int to)
    {
        if (Strict)
        {
            // Only the glyphs between .notdef ones are shown, each stretch at its own place.
            for (var start = from; start < to;)
            {
                while (start < to && run.Glyphs[start] == 0) start++;
                var end = start;
                while (end < to && run.Glyphs[end] != 0) end++;
                if (end > start) ShowStretch(run, font, codes, adjustments, start, end);
                start = end;
            }
            return;
        }
        ShowStretch(run, font, codes, adjustments, from, to);
    }

    private void ShowStretch(GlyphRun run, EmbeddedFont font, ushort[] codes, double[] adjustments, int from, int to)
    {
        // The text space is flipped back upright: pages are painted with y growing downwards.
        content.TextMatrix(1, 0, 0, -1, run.X[from], run.Baseline + run.OffsetY[from]);
        adjustments[from] = 0;
        for (var i = from + 1; i < to; i++)
        {
            var natural = run.X[i - 1] + font.Advance(run.Glyphs[i - 1]) * run.Size / 1000;
            adjustments[i] = Math.Round(-(run.X[i] - natural) * 1000 / run.Size, 1);
        }
        content.ShowGlyphs(codes.AsSpan(from, to - from), adjustments.AsSpan(from, to - from));
    }

    /// <summary>A cluster's glyphs [First, End) and where its text lies in its run's (read only where it is needed:
    /// a string for every glyph of a book would be most of what painting allocates).</summary>
    private struct Cluster(int first, int end, int from, int to)
    {
        public readonly int First => first;
        public readonly int End => end;
        public readonly ReadOnlySpan<char> TextIn(GlyphRun run) => run.Text.AsSpan(from, to - from);
        public bool NeedsActualText { get; set; }
        /// <summary>Text to read in place of the cluster's own (the added hyphen's: a soft hyphen).</summary>
        public string? Actual { get; set; }
    }

    /// <summary>
    /// The run's glyphs grouped by cluster (glyphs that share a start in the text), each with its text:
    /// from its start to the next cluster's start in the text, whichever way the glyphs run.
    /// </summary>
    private static List<Cluster> Clusters(GlyphRun run)
    {
        var clusters = new List<Cluster>(run.Glyphs.Length);
        if (InTextOrder(run.Clusters))
        {
            // Glyphs in the text's order (nearly every run): a cluster's text runs to where the next cluster's starts.
            for (var first = 0; first < run.Glyphs.Length;)
            {
                var end = first + 1;
                while (end < run.Glyphs.Length && run.Clusters[end] == run.Clusters[first]) end++;
                var from = Math.Clamp(run.Clusters[first], 0, run.Text.Length);
                var to = end < run.Glyphs.Length ? Math.Clamp(run.Clusters[end], from, run.Text.Length) : run.Text.Length;
                clusters.Add(new Cluster(first, end, from, to));
                first = end;
            }
            return clusters;
        }
        // The distinct cluster starts in text order (sorted in place: no iterator per run).
        var sorted = (int[])run.Clusters.Clone();
        Array.Sort(sorted);
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
            if (i == 0 || sorted[i] != sorted[distinct - 1]) sorted[distinct++] = sorted[i];
        var starts = sorted.AsSpan(0, distinct);
        for (var first = 0; first < run.Glyphs.Length;)
        {
            var end = first + 1;
            while (end < run.Glyphs.Length && run.Clusters[end] == run.Clusters[first]) end++;
            var from = Math.Clamp(run.Clusters[first], 0, run.Text.Length);
            var next = starts.BinarySearch(run.Clusters[first]) + 1;
            var to = next < starts.Length ? Math.Clamp(starts[next], from, run.Text.Length) : run.Text.Length;
            clusters.Add(new Cluster(first, end, from, to));
            first = end;
        }
        return clusters;
    }

    private static bool InTextOrder(int[] clusters)
    {
        for (var i = 1; i < clusters.Length; i++)
            if (clusters[i] < clusters[i - 1]) return false;
        return true;
    }
}
