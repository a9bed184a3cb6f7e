using Publisher.Core.Unicode;
using Publisher.Layout.Text;

namespace Publisher.Layout.Inline;

/// <summary>
/// Runs cut where the script changes (UAX #24), so that HarfBuzz shapes each with its own script's rules: a face
/// that covers Latin, Cyrillic and Greek would otherwise shape a Greek word inside Russian as Cyrillic. Characters
/// common to several scripts (spaces, digits, punctuation) and combining marks go with the text before them (or
/// after them, at a run's start). Text that is all Latin is left whole without a lookup.
/// </summary>
public static class ScriptRuns
{
    public static IReadOnlyList<TextRun> Split(IReadOnlyList<TextRun> runs)
    {
        List<TextRun>? result = null;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var cuts = run.Style.Image is null ? Cuts(run.Text) : null;
            if (cuts is null)
            {
                result?.Add(run);
                continue;
            }
            result ??= [.. runs.Take(r)];
            var start = 0;
            foreach (var cut in cuts)
            {
                result.Add(run with { Text = run.Text[start..cut] });
                start = cut;
            }
            result.Add(run with { Text = run.Text[start..] });
        }
        return result ?? runs;
    }

    /// <summary>Where a run's script changes, or null when it does not.</summary>
    private static List<int>? Cuts(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u024F')) return null;
        List<int>? cuts = null;
        var current = UnicodeScript.Common;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i])) continue;
            var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var script = UnicodeScript.Of(codePoint);
            if (script is UnicodeScript.Common or UnicodeScript.Inherited or UnicodeScript.Unknown) continue;
            if (current != UnicodeScript.Common && script != current && !SameWriting(current, script))
            {
                // The cut goes before the spaces that lead to the new script's text; punctuation stays with the text it ends.
                var at = i;
                while (at > 0 && IsShared(text, at - 1)) at--;
                (cuts ??= []).Add(at == 0 ? i : at);
            }
            current = script;
        }
        return cuts;
    }

    /// <summary>Scripts written together and shaped by one HarfBuzz shaper: Japanese mixes Han and kana.</summary>
    private static bool SameWriting(int a, int b) => IsCjk(a) && IsCjk(b);

    private static bool IsCjk(int script) =>
        script is UnicodeScript.Han or UnicodeScript.Hiragana or UnicodeScript.Katakana or UnicodeScript.Hangul or UnicodeScript.Bopomofo;

    private static bool IsShared(string text, int i)
    {
        if (char.IsLowSurrogate(text[i])) return false;
        var script = UnicodeScript.Of(text[i]);
        return script is UnicodeScript.Common or UnicodeScript.Inherited && !char.IsLetterOrDigit(text[i]) && !char.IsPunctuation(text[i]) || char.IsWhiteSpace(text[i]);
    }
}
