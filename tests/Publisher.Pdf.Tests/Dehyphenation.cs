using System.Text.RegularExpressions;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Words read back from a hyphenated PDF, as a reader reads them: a word the layout broke at a
/// line's end ("ac-" then "cepts") is joined again. The booklet hyphenates body text and notes.
/// </summary>
internal static partial class Dehyphenation
{
    public static List<string> Join(IEnumerable<string> words)
    {
        var joined = new List<string>();
        var pending = "";
        foreach (var word in words)
        {
            if (BrokenWord().IsMatch(word)) { pending += word[..^1]; continue; }
            joined.Add(pending + word);
            pending = "";
        }
        if (pending.Length > 0) joined.Add(pending + "-");
        return joined;
    }

    [GeneratedRegex(@"\p{L}-$")] private static partial Regex BrokenWord();
}
