using System.Collections.Concurrent;
using Publisher.Core.Unicode;
using Publisher.Layout.Text;

namespace Publisher.Layout.Hyphenation;

/// <summary>
/// Frank Liang's hyphenation algorithm, as TeX runs it (Liang 1983, "Word Hy-phen-a-tion by
/// Com-put-er"). A pattern such as <c>hy3ph</c> is a string of letters with a digit between
/// some of them; the digits say how strongly a hyphen is wanted (odd) or forbidden (even)
/// between those letters. To hyphenate a word, every pattern that matches anywhere in
/// <c>.word.</c> (the dots mark the word's ends) puts its digits at their places, the
/// highest digit wins, and a hyphen may go wherever the winner is odd. Words listed as
/// exceptions (<c>\hyphenation{ta-ble}</c>) are split only where their list says.
/// Words and patterns are compared in small letters by the language's own rules (Turkish
/// İSTANBUL is istanbul, IŞIK ışık: <see cref="LanguageCase"/>) and in Unicode's composed form
/// (NFC), whatever form the text or the file was written in; an apostrophe is matched with the
/// one the patterns use (’ and ʼ with ').
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
    private readonly string _language;
    // The apostrophes the patterns are written with ("'" first), if any: a word's other ones are read as the first.
    private readonly string _apostrophes = "";
    // Books repeat their words: the points of a word are worked out once.
    private readonly ConcurrentDictionary<string, int[]> _cache = new();

    /// <param name="language">The BCP 47 tag of the patterns' language, for its case rules.</param>
    public LiangHyphenator(IEnumerable<string> patterns, IEnumerable<string> exceptions, int leftMin, int rightMin, string language = "und")
    {
        _language = language;
        _patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var alphabet = new HashSet<char>();
        var scripts = new HashSet<int>();
        var split = patterns.Select(Split).Where(p => p.Letters.Length > 0).ToList();
        // Most files are composed already: one look at all their letters spares looking at each pattern.
        var composed = Composition.IsComposed(string.Join('.', split.Select(p => p.Letters)));
        foreach (var pattern in split)
        {
            var (letters, digits) = composed ? pattern : Composed(pattern.Letters, pattern.Digits);
            // Two spellings of one pattern (Greek ά with oxia and with tonos) become one: the stronger digits win.
            if (_patterns.TryGetValue(letters, out var other) && other.Length == digits.Length)
                for (var k = 0; k < digits.Length; k++) digits[k] = Math.Max(digits[k], other[k]);
            _patterns[letters] = digits;
            _longest = Math.Max(_longest, letters.Length);
            foreach (var c in letters) alphabet.Add(c);
        }
        foreach (var c in alphabet)
        {
            // No shipped file has letters beyond the BMP, whose halves would be read as no script.
            var script = char.IsSurrogate(c) ? UnicodeScript.Unknown : UnicodeScript.Of(c);
            if (script is not (UnicodeScript.Common or UnicodeScript.Inherited or UnicodeScript.Unknown)) scripts.Add(script);
            if (IsApostrophe(c)) _apostrophes = c == '\'' ? "'" + _apostrophes : _apostrophes + c;
        }
        Scripts = scripts;
        _lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var exception in exceptions)
        {
            var word = LanguageCase.ToLower(exception.Replace("-", ""), language);
            var hyphens = new byte[word.Length + 1];
            var letters = 0;
            foreach (var c in exception)
                if (c == '-') hyphens[letters] = 1;
                else letters++;
            (word, hyphens) = Composed(word, hyphens);
            if (word.Length > 0) _exceptions[word] = [.. Enumerable.Range(0, hyphens.Length).Where(i => hyphens[i] == 1)];
        }
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    /// <summary>The characters read as an apostrophe inside a word, when the patterns have one.</summary>
    private const string Apostrophes = "'\u2019\u02BC";

    /// <summary>Fewest letters before the first hyphen (the language's own, TeX's \lefthyphenmin).</summary>
    public int LeftMin { get; }
    /// <summary>Fewest letters after the last hyphen (\righthyphenmin).</summary>
    public int RightMin { get; }
    public int PatternCount => _patterns.Count;
    /// <summary>The scripts (ICU's script codes, <see cref="UnicodeScript"/>) the patterns' letters are written in.</summary>
    public IReadOnlySet<int> Scripts { get; }

    /// <summary>
    /// True when an apostrophe between two letters belongs to the word, because the patterns
    /// say where a word may break around one (French l’homme, Italian dell’anno, Ukrainian
    /// м’ясо); in a language whose patterns have none (English) it separates two words.
    /// </summary>
    public bool JoinsApostrophes => _apostrophes.Length > 0;

    /// <summary>True for the characters of an apostrophe (', ’, ʼ).</summary>
    public static bool IsApostrophe(char c) => Apostrophes.Contains(c);

    /// <summary>
    /// Where <paramref name="word"/> may be hyphenated: the number of characters before each
    /// hyphen, ascending, with at least <paramref name="leftMin"/> before the first and
    /// <paramref name="rightMin"/> after the last. The word is matched in small letters.
    /// </summary>
    public IReadOnlyList<int> Points(string word, int leftMin, int rightMin)
    {
        if (word.Length < leftMin + rightMin) return [];
        var all = _cache.GetOrAdd(Lower(word), AllPoints);
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

    /// <summary>The word in small letters by its language's rules, its apostrophes the patterns' own: as long as the word.</summary>
    private string Lower(string word)
    {
        var lower = LanguageCase.ToLower(word, _language);
        if (_apostrophes.Length == 0 || lower.AsSpan().IndexOfAny(Apostrophes) < 0) return lower;
        return string.Create(lower.Length, (lower, _apostrophes), (result, state) =>
        {
            var (source, known) = state;
            for (var i = 0; i < source.Length; i++)
                result[i] = IsApostrophe(source[i]) && !known.Contains(source[i]) ? known[0] : source[i];
        });
    }

    private int[] AllPoints(string lower)
    {
        var (word, origin) = Composition.Compose(lower);
        var points = ComposedPoints(word);
        if (origin is null) return points;
        // A point between a letter and a mark it was composed with has no place in the text: it is dropped.
        return [.. points.Select(p => origin[p]).Where(p => p > 0)];
    }

    private int[] ComposedPoints(string word)
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
    private (string Letters, byte[] Digits) Split(string pattern)
    {
        var letters = new System.Text.StringBuilder(pattern.Length);
        var digits = new List<byte> { 0 };
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9') digits[^1] = (byte)(c - '0');
            else
            {
                letters.Append(c);
                digits.Add(0);
            }
        }
        return (LanguageCase.ToLower(letters.ToString(), _language), [.. digits]);
    }

    /// <summary>Letters and the digits between them (one more than the letters) in composed form: a digit inside a composed letter is dropped.</summary>
    private static (string Letters, byte[] Digits) Composed(string letters, byte[] digits)
    {
        var (composed, origin) = Composition.Compose(letters);
        if (origin is null) return (letters, digits);
        var result = new byte[composed.Length + 1];
        for (var k = 0; k < result.Length; k++)
            if (origin[k] >= 0) result[k] = digits[origin[k]];
        return (composed, result);
    }
}
