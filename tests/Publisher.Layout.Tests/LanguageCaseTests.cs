using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

public class LanguageCaseTests
{
    [Theory]
    [InlineData("istanbul", "tr", "İSTANBUL")]
    [InlineData("ılık", "tr", "ILIK")]
    [InlineData("istanbul", "tr-TR", "İSTANBUL")]
    [InlineData("istanbul", "az-Latn", "İSTANBUL")]
    [InlineData("istanbul", "en", "ISTANBUL")]
    [InlineData("istanbul", "und", "ISTANBUL")]
    public void Capitals_follow_the_language(string text, string language, string expected) =>
        Assert.Equal(expected, LanguageCase.ToUpper(text, language));

    [Theory]
    [InlineData("İSTANBUL", "tr", "istanbul")]
    [InlineData("IŞIK", "tr", "ışık")]
    [InlineData("IŞIK", "az", "ışık")]
    [InlineData("KITAP", "en", "kitap")]
    // Outside Turkish and Azerbaijani İ is an i all the same (a Turkish name in an English book).
    [InlineData("İSTANBUL", "en", "istanbul")]
    // Azerbaijani in Cyrillic letters has no I: nothing Turkic about its case.
    [InlineData("IŞIK", "az-Cyrl", "işik")]
    // A capital sigma ends a Greek word as ς (U+03C2), and is σ (U+03C3) elsewhere.
    [InlineData("ΟΔΟΣ ΣΤΗΝ", "el", "οδο\u03C2 \u03C3την")]
    public void Small_letters_follow_the_language_and_keep_the_length(string text, string language, string expected)
    {
        var lower = LanguageCase.ToLower(text, language);
        Assert.Equal(expected, lower);
        Assert.Equal(text.Length, lower.Length);
    }
}
