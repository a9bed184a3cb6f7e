using System.Text;
using Publisher.Layout.Inline.Bidi;
using Publisher.Layout.Text;

namespace Publisher.Layout.Inline;

/// <summary>
/// The first stage of inline layout: a paragraph's styled runs (cut by script first, <see cref="ScriptRuns"/>) (each already in a face that has its letters,
/// <see cref="FontFallback"/>) cut where the bidi level changes (UAX #9), so that every run is shaped in one
/// direction: Arabic words right to left, the digits and the English words inside them left to right. Inline
/// code keeps its own order inside right-to-left text, as if isolated (LRI…PDI): a command reads as typed.
/// </summary>
public static class BidiRuns
{
    /// <summary>The runs cut at level changes, and each piece's level (0 for all in left-to-right text without any right-to-left letter).</summary>
    public static (IReadOnlyList<TextRun> Runs, byte[] Levels) Split(IReadOnlyList<TextRun> runs, bool rightToLeft)
    {
        runs = ScriptRuns.Split(runs);
        byte paragraph = rightToLeft ? (byte)1 : (byte)0;
        if (!rightToLeft && !runs.Any(r => NeedsLevels(r.Text) || r.Style.RightToLeft is true))
            return (runs, new byte[runs.Count]);

        var text = new StringBuilder();
        foreach (var run in runs) text.Append(run.Text);
        var levels = BidiAlgorithm.ResolveLevels(text.ToString(), paragraph, out _);
        var at = 0;
        foreach (var run in runs)
        {
            // Code is left to right inside right-to-left text, and a span may ask for its own direction: each is resolved
            // on its own and raised to the isolate's level (the next above the paragraph's of the span's parity).
            bool? isolated = run.Style.Code ? (rightToLeft ? false : null) : run.Style.RightToLeft;
            if (isolated is { } spanRtl && (spanRtl != rightToLeft || run.Style.Code))
            {
                var own = BidiAlgorithm.ResolveLevels(run.Text, spanRtl ? (byte)1 : (byte)0, out _);
                var isolate = (byte)(spanRtl ? (paragraph % 2 == 0 ? paragraph + 1 : paragraph + 2) : (paragraph % 2 == 0 ? paragraph + 2 : paragraph + 1));
                var raise = isolate - (spanRtl ? 1 : 0);
                for (var i = 0; i < own.Length; i++) levels[at + i] = (byte)(own[i] + raise);
            }
            at += run.Text.Length;
        }

        var pieces = new List<TextRun>(runs.Count + 4);
        var pieceLevels = new List<byte>(runs.Count + 4);
        at = 0;
        foreach (var run in runs)
        {
            var start = 0;
            for (var i = 1; i <= run.Text.Length; i++)
            {
                if (i < run.Text.Length && levels[at + i] == levels[at + start]) continue;
                // An image stands for one object: it is never cut.
                if (i < run.Text.Length && run.Style.Image is not null) continue;
                pieces.Add(start == 0 && i == run.Text.Length ? run : run with { Text = run.Text[start..i] });
                pieceLevels.Add(run.Text.Length == 0 ? paragraph : levels[at + start]);
                start = i;
            }
            if (run.Text.Length == 0) { pieces.Add(run); pieceLevels.Add(paragraph); }
            at += run.Text.Length;
        }
        return (pieces, pieceLevels.ToArray());
    }

    private static bool NeedsLevels(string text)
    {
        foreach (var c in text)
            if (c is >= '\u0590' and <= '\u08FF' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
                or >= '\uFB1D' and <= '\uFEFE' or >= '\uD800' and <= '\uDFFF') return true;
        return false;
    }
}
