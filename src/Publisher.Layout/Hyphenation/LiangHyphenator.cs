using System.Collections.Concurrent;

namespace Publisher.Layout.Hyphenation;

/// <summary>
/// Frank Liang's hyphenation algorithm, as TeX runs it (Liang 1983, "Word Hy-phen-a-tion by
/// Com-put-er"). A pattern such as <c>hy3ph</c> is a string of letters with a digit between
/// some of them; the digits say how strongly a hyphen is wanted (odd) or forbidden (even)
/// between those letters. To hyphenate a word, every pattern that matches anywhere in
/// <c>.word.</c> (the dots mark the word's ends) puts its digits at their places, the
/// highest digit wins, and a hyphen may go wherever the winner is odd. Words listed as
/// exceptions (<c>\hyphenation{ta-ble}</c>) are split only where their list says.
/// No NuGet package does this (see docs/dependencies.md), hence the hand-written code.
/// </summary>
public sealed class LiangHyphenator
{
    // Pattern letters -> the digits between them (length letters + 1). Looked up by span, so
    // trying every substring of a word allocates nothing.
    private readonly Dictionary<string, byte[]> _patterns;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int[]> _exceptions;
    private readonly int _longest;
    // Books repeat their words: the points of a word are worked out once.
    private readonly ConcurrentDictionary<string, int[]> _cache = new();

    public LiangHyphenator(IEnumerable<string> patterns, IEnumerable<string> exceptions, int leftMin, int rightMin)
    {
        _patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var (letters, digits) = Split(pattern);
            if (letters.Length == 0) continue;
            _patterns[letters] = digits;
            _longest = Math.Max(_longest, letters.Length);
        }
        _lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var exception in exceptions)
        {
            var word = exception.Replace("-", "").ToLowerInvariant();
            var points = new List<int>();
            var letters = 0;
            foreach (var c in exception)
                if (c == '-') points.Add(letters);
                else letters++;
            if (word.Length > 0) _exceptions[word] = [.. points];
        }
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    /// <summary>Fewest letters before the first hyphen (the language's own, TeX's \lefthyphenmin).</summary>
    public int LeftMin { get; }
    /// <summary>Fewest letters after the last hyphen (\righthyphenmin).</summary>
    public int RightMin { get; }
    public int PatternCount => _patterns.Count;

    /// <summary>
    /// Where <paramref name="word"/> may be hyphenated: the number of letters before each
    /// hyphen, ascending, with at least <paramref name="leftMin"/> letters before the first and
    /// <paramref name="rightMin"/> after the last. The word is matched in lower case.
    /// </summary>
    public IReadOnlyList<int> Points(string word, int leftMin, int rightMin)
    {
        if (word.Length < leftMin + rightMin) return [];
        var all = _cache.GetOrAdd(word.ToLowerInvariant(), AllPoints);
        if (all.Length == 0) return all;
        var kept = new List<int>(all.Length);
        foreach (var p in all)
            if (p >= leftMin && word.Length - p >= rightMin) kept.Add(p);
        return kept;
    }

    /// <summary>The word split at its points with hyphens, e.g. "hy-phen-ation" (for tests and tools).</summary>
    public string Hyphenate(string word) => Hyphenate(word, LeftMin, RightMin);

    public string Hyphenate(string word, int leftMin, int rightMin)
    {
        var points = Points(word, leftMin, rightMin);
        var result = new System.Text.StringBuilder(word.Length + points.Count);
        var last = 0;
        foreach (var p in points)
        {
            result.Append(word, last, p - last).Append('-');
            last = p;
        }
        return result.Append(word, last, word.Length - last).ToString();
    }

    private int[] AllPoints(string word)
    {
        if (_exceptions.TryGetValue(word, out var listed)) return listed;
        var dotted = $".{word}.";
        // values[i] is the strongest digit between dotted[i - 1] and dotted[i].
        var values = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
        {
            var span = dotted.AsSpan(start);
            for (var length = 1; length <= Math.Min(_longest, span.Length); length++)
            {
                if (!_lookup.TryGetValue(span[..length], out var digits)) continue;
                for (var k = 0; k < digits.Length; k++)
                    if (digits[k] > values[start + k]) values[start + k] = digits[k];
            }
        }
        // A hyphen after the word's p-th letter sits between dotted[p] and dotted[p + 1].
        var points = new List<int>();
        for (var p = 1; p < word.Length; p++)
            if (values[p + 1] % 2 == 1) points.Add(p);
        return [.. points];
    }

    /// <summary>"hy3ph" -> ("hyph", [0, 0, 3, 0, 0]).</summary>
    private static (string Letters, byte[] Digits) Split(string pattern)
    {
        var letters = new System.Text.StringBuilder(pattern.Length);
        var digits = new List<byte> { 0 };
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9') digits[^1] = (byte)(c - '0');
            else
            {
                letters.Append(char.ToLowerInvariant(c));
                digits.Add(0);
            }
        }
        return (letters.ToString(), [.. digits]);
    }
}
