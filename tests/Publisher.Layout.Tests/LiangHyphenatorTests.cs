using Publisher.Layout.Hyphenation;

namespace Publisher.Layout.Tests;

public class LiangHyphenatorTests
{
    private static LiangHyphenator English => HyphenationPatterns.For("en")!;

    [Theory]
    // As TeX hyphenates them with the US patterns (hyph-en-us, 2/3).
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("typesetting", "type-set-ting")]
    [InlineData("paragraphs", "para-graphs")]
    // "com-put-er" by the patterns, but "er" is under the right minimum of 3.
    [InlineData("computer", "com-puter")]
    [InlineData("algorithm", "al-go-rithm")]
    // From the file's exception list: "present" is never split, "ta-ble" only there.
    [InlineData("present", "present")]
    [InlineData("table", "ta-ble")]
    [InlineData("associate", "as-so-ciate")]
    public void English_words_break_where_TeX_breaks_them(string word, string expected) =>
        Assert.Equal(expected, English.Hyphenate(word));

    [Fact]
    public void Case_does_not_change_the_points_and_the_word_keeps_its_letters() =>
        Assert.Equal("Hy-phen-ation", English.Hyphenate("Hyphenation"));

    [Theory]
    [InlineData("программирование", "про-грам-ми-ро-ва-ние")]
    [InlineData("переносы", "пе-ре-но-сы")]
    public void Russian_words_break_by_the_Russian_patterns(string word, string expected) =>
        Assert.Equal(expected, HyphenationPatterns.For("ru")!.Hyphenate(word));

    [Fact]
    public void The_language_minima_come_from_the_file_header()
    {
        Assert.Equal((2, 3), (English.LeftMin, English.RightMin));
        var russian = HyphenationPatterns.For("ru-RU")!;
        Assert.Equal((2, 2), (russian.LeftMin, russian.RightMin));
    }

    [Fact]
    public void Wider_minima_keep_more_letters_on_each_side()
    {
        Assert.Equal("hyphen-ation", English.Hyphenate("hyphenation", 3, 3));
        Assert.Equal("hy-phenation", English.Hyphenate("hyphenation", 2, 6));
    }

    [Theory]
    [InlineData("en", "en-us")]
    [InlineData("en-US", "en-us")]
    [InlineData("en-GB", "en-gb")]
    [InlineData("en-AU", "en-gb")]
    [InlineData("de-AT", "de-1996")]
    [InlineData("sr-Latn-RS", null)]
    [InlineData("uk", "uk")]
    [InlineData("ru_RU", "ru")]
    [InlineData("az-Latn", null)]
    [InlineData("ja", null)]
    public void A_language_tag_finds_its_pattern_file(string tag, string? file) =>
        Assert.Equal(file, HyphenationPatterns.FileFor(tag));

    [Fact]
    public void Every_shipped_pattern_file_loads_and_hyphenates_a_long_word()
    {
        var samples = new Dictionary<string, string>
        {
            ["en-us"] = "international", ["en-gb"] = "international", ["ru"] = "государственный",
            ["uk"] = "університет", ["de-1996"] = "Silbentrennung", ["fr"] = "internationale",
            ["es"] = "internacional", ["be"] = "універсітэт", ["bg"] = "университет",
        };
        Assert.Equal(samples.Keys.Order(), HyphenationPatterns.Languages);
        foreach (var (language, word) in samples)
        {
            var hyphenator = HyphenationPatterns.For(language)!;
            Assert.True(hyphenator.PatternCount > 100, language);
            Assert.Contains('-', hyphenator.Hyphenate(word));
            Assert.Equal(word, hyphenator.Hyphenate(word).Replace("-", ""));
        }
    }
}
