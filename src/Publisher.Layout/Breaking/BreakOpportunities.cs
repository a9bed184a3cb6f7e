using ICU4N.Globalization;
using ICU4N.Text;

namespace Publisher.Layout.Breaking;

/// <summary>
/// Where a line may end, by the Unicode line breaking algorithm (UAX #14, via ICU4N):
/// after spaces, after hyphens and dashes, between ideographs, inside URLs after '/'.
/// </summary>
public static class BreakOpportunities
{
    [ThreadStatic] private static BreakIterator? _iterator;

    /// <summary>
    /// The indices (in UTF-16 units) where a new line may start, ascending, ending with
    /// text.Length. <paramref name="mandatory"/> is true where the break is forced (after a newline).
    /// </summary>
    public static List<(int Index, bool Mandatory)> Find(string text)
    {
        var result = new List<(int, bool)>();
        if (text.Length == 0) return result;
        var iterator = _iterator ??= NewLineIterator();
        iterator.SetText(text);
        for (var b = iterator.Next(); b != BreakIterator.Done; b = iterator.Next())
        {
            var mandatory = b < text.Length && IsNewline(text[b - 1]);
            if (!mandatory && InsideCompound(text, b)) continue;
            result.Add((b, mandatory));
        }
        return result;
    }

    /// <summary>
    /// ICU's line-break rules (the root locale's, the same rules <c>GetLineInstance</c> gives), read from the
    /// compiled rules ICU4N carries. Its factory would first turn a .NET culture into an ICU one, which loads
    /// every culture's calendar data: about 0.25 s of every build, before a word is broken. (The dictionaries
    /// for Thai and other scripts without spaces are still loaded by ICU when such text comes.)
    /// </summary>
    private static BreakIterator NewLineIterator()
    {
        if (LineRules.Value is { } rules) return RuleBasedBreakIterator.GetInstanceFromCompiledRules(new MemoryStream(rules, writable: false));
        return BreakIterator.GetLineInstance(UCultureInfo.InvariantCulture);
    }

    private static readonly Lazy<byte[]?> LineRules = new(() =>
    {
        try
        {
            using var stream = System.Reflection.Assembly.Load(new System.Reflection.AssemblyName("ICU4N.resources"))
                .GetManifestResourceStream("data.brkitr.line.brk");
            if (stream is null) return null;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (IOException)
        {
            return null;
        }
    });

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
