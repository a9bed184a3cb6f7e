using Publisher.Core.Unicode;

namespace Publisher.Layout.Breaking;

/// <summary>
/// Where a line may end, by the Unicode line breaking algorithm (UAX #14, by ICU: <see cref="LineBreaks"/>):
/// after spaces, after hyphens and dashes, between ideographs, inside URLs after '/'.
/// </summary>
public static class BreakOpportunities
{
    [ThreadStatic] private static List<int>? _boundaries;

    /// <summary>
    /// The indices (in UTF-16 units) where a new line may start, ascending, ending with
    /// text.Length. <paramref name="mandatory"/> is true where the break is forced (after a newline).
    /// </summary>
    public static List<(int Index, bool Mandatory)> Find(string text)
    {
        var result = new List<(int, bool)>();
        if (text.Length == 0) return result;
        var boundaries = _boundaries ??= [];
        boundaries.Clear();
        LineBreaks.Find(text, boundaries);
        foreach (var b in boundaries)
        {
            var mandatory = b < text.Length && IsNewline(text[b - 1]);
            if (!mandatory && InsideCompound(text, b)) continue;
            result.Add((b, mandatory));
        }
        return result;
    }

    /// <summary>
    /// A break right after the hyphen of a compound word ("non-governmental", "40-character"). We do not
    /// take it: split across lines, such a word no longer reads back whole when the PDF is
    /// searched or copied (extractors join "non-" and "governmental" into one word). A word
    /// too long for the line is still cut, by the line breaker's last resort.
    /// </summary>
    private static bool InsideCompound(string text, int b) =>
        b >= 2 && b < text.Length && text[b - 1] is '-' or '\u2010' && char.IsLetterOrDigit(text[b - 2]) && char.IsLetter(text[b]);

    public static bool IsNewline(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u000B' or '\u000C';
}
