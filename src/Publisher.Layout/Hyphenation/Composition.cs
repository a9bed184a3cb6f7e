using System.Text;
using Publisher.Core.Unicode;

namespace Publisher.Layout.Hyphenation;

/// <summary>
/// Unicode's composed form (NFC) of a word or a pattern, with where each of its characters came
/// from. A file may spell a letter decomposed (classical Latin's ḗ as ē and a combining acute)
/// or as a character NFC does not keep (Bengali য় U+09DF), and a book may do either too; both
/// sides are matched composed. .NET's own string.Normalize does nothing in invariant
/// globalization mode, hence ICU's (<see cref="Normalization"/>).
/// </summary>
internal static class Composition
{
    /// <summary>
    /// The composed text and, when it differs from <paramref name="text"/>, for each boundary
    /// k (0 to its length) in it the index in <paramref name="text"/> of the same boundary, or -1
    /// for a boundary inside what was composed from several characters (or split from one).
    /// </summary>
    public static (string Text, int[]? Origin) Compose(string text)
    {
        if (IsComposed(text)) return (text, null);
        var result = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length + 1);
        var start = 0;
        while (start < text.Length)
        {
            // A segment runs from one character that starts afresh in NFC to the next: segments compose alone.
            var end = start + Length(text, start);
            while (end < text.Length && !Normalization.HasBoundaryBefore(CodePoint(text, end))) end += Length(text, end);
            var composed = Normalization.Compose(text.AsSpan(start, end - start));
            origin.Add(start);
            for (var k = 1; k < composed.Length; k++) origin.Add(-1);
            result.Append(composed);
            start = end;
        }
        origin.Add(text.Length);
        return (result.ToString(), [.. origin]);
    }

    /// <summary>True when <paramref name="text"/> is in NFC already.</summary>
    public static bool IsComposed(string text) =>
        // Nothing before the combining marks (U+0300) composes or decomposes on its own.
        !text.AsSpan().ContainsAnyExceptInRange('\0', '\u02FF') || Normalization.IsComposed(text);

    private static int Length(string text, int at) => char.IsSurrogatePair(text, at) ? 2 : 1;

    private static int CodePoint(string text, int at) => char.IsSurrogatePair(text, at) ? char.ConvertToUtf32(text[at], text[at + 1]) : text[at];
}
