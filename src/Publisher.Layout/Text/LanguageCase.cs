namespace Publisher.Layout.Text;

/// <summary>
/// Changes the case of text by its language's rules, as Unicode's SpecialCasing and CLDR give
/// them, where .NET cannot: the tool runs in invariant globalization mode (Directory.Build.props,
/// so that output never depends on the machine's cultures), where <c>CultureInfo("tr")</c> cannot
/// be made and the invariant culture leaves İ and ı unchanged. The languages whose Latin alphabet
/// pairs a dotted and a dotless i (Turkish, Azerbaijani, Crimean Tatar, Gagauz) map I↔ı and İ↔i;
/// every other language maps I↔i, and İ to i. A capital sigma at a word's end becomes final
/// ς. Each character maps to one, so an index in the result is the same index in the text.
/// Not done: Greek capitals without their accents (ICU's el rule), ß as SS: Publisher sets no
/// text in capitals yet (no template key asks for it); the hyphenator only lowers words.
/// </summary>
public static class LanguageCase
{
    /// <summary>The languages whose Latin alphabet has İ/i and I/ı as two pairs of letters.</summary>
    private static readonly HashSet<string> DottedAndDotlessI = new(StringComparer.OrdinalIgnoreCase) { "tr", "az", "crh", "gag" };

    /// <summary>True when <paramref name="languageTag"/>'s i has a dot in capitals (İ) and its I none in small letters (ı).</summary>
    public static bool HasDottedAndDotlessI(string languageTag)
    {
        var tag = languageTag.AsSpan().Trim();
        var end = tag.IndexOfAny('-', '_');
        var language = (end < 0 ? tag : tag[..end]).ToString();
        if (!DottedAndDotlessI.Contains(language)) return false;
        // Azerbaijani also has a Cyrillic alphabet (az-Cyrl), which has no I at all; a Latin one is meant otherwise.
        return !languageTag.Contains("-Cyrl", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><paramref name="text"/> in small letters by <paramref name="languageTag"/>'s rules, as long as the text.</summary>
    public static string ToLower(string text, string languageTag)
    {
        // The state goes in with the text: a lambda that captured it would be a new delegate for every word hyphenated.
        return string.Create(text.Length, (Text: text, Turkic: HasDottedAndDotlessI(languageTag)), static (result, state) =>
        {
            var source = state.Text;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                result[i] = c switch
                {
                    'I' => state.Turkic ? 'ı' : 'i',
                    'İ' => 'i',
                    'Σ' => FinalSigma(source, i) ? 'ς' : 'σ',
                    _ => char.ToLowerInvariant(c),
                };
            }
        });
    }

    /// <summary><paramref name="text"/> in capitals by <paramref name="languageTag"/>'s rules, as long as the text.</summary>
    public static string ToUpper(string text, string languageTag)
    {
        return string.Create(text.Length, (Text: text, Turkic: HasDottedAndDotlessI(languageTag)), static (result, state) =>
        {
            var source = state.Text;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                result[i] = c switch
                {
                    'i' => state.Turkic ? 'İ' : 'I',
                    'ı' => 'I',
                    _ => char.ToUpperInvariant(c),
                };
            }
        });
    }

    /// <summary>Unicode's Final_Sigma: a letter (past any marks) before the sigma, and none after it.</summary>
    private static bool FinalSigma(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsMark(text[before])) before--;
        if (before < 0 || !char.IsLetter(text[before])) return false;
        var after = at + 1;
        while (after < text.Length && IsMark(text[after])) after++;
        return after == text.Length || !char.IsLetter(text[after]);
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark;
}
