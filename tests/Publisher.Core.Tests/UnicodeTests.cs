using Publisher.Core.Unicode;

namespace Publisher.Core.Tests;

/// <summary>The Unicode properties and algorithms the tool reads from the system's ICU.</summary>
public sealed class UnicodeTests
{
    [Theory]
    [InlineData('a', UnicodeScript.Latin)]
    [InlineData('ж', UnicodeScript.Cyrillic)]
    [InlineData('ب', UnicodeScript.Arabic)]
    [InlineData('中', UnicodeScript.Han)]
    [InlineData('か', UnicodeScript.Hiragana)]
    [InlineData('ก', UnicodeScript.Thai)]
    [InlineData(',', UnicodeScript.Common)]
    [InlineData('\u0301', UnicodeScript.Inherited)]
    public void Each_character_has_its_script(char c, int script)
    {
        Assert.Equal(script, UnicodeScript.Of(c));
        Assert.Equal(script, UnicodeScript.Of(c)); // the second time from the table
    }

    [Fact]
    public void Scripts_have_their_names_and_codes_and_shared_punctuation_its_scripts()
    {
        Assert.Equal("Arabic", UnicodeScript.Name(UnicodeScript.Arabic));
        Assert.Equal("Old_Italic", UnicodeScript.Name(UnicodeScript.CodeOf("Ital")));
        Assert.Equal(UnicodeScript.Latin, UnicodeScript.CodeOf("latn"));
        Assert.Equal(-1, UnicodeScript.CodeOf("notascript"));
        Assert.Equal(UnicodeScript.Of(0x10300), UnicodeScript.CodeOf("Ital")); // beyond the BMP
        // The Arabic comma is Common, and used in Arabic among others.
        Assert.Equal(UnicodeScript.Common, UnicodeScript.Of('،'));
        Assert.Contains(UnicodeScript.Arabic, UnicodeScript.Extensions('،'));
        Assert.Equal([UnicodeScript.Latin], UnicodeScript.Extensions('a'));
    }

    [Fact]
    public void Characters_have_their_names_and_bidi_properties()
    {
        Assert.Equal("MALAYALAM LETTER A", CharacterProperties.Name(0x0D05));
        Assert.Equal("", CharacterProperties.Name(0x0007));
        Assert.Equal(13, CharacterProperties.BidiClass('ب')); // AL
        Assert.Equal(0, CharacterProperties.BidiClass('a')); // L
        Assert.Equal(')', CharacterProperties.Mirror('('));
        Assert.Equal(1, CharacterProperties.BidiPairedBracketType('('));
        Assert.Equal(2, CharacterProperties.BidiPairedBracketType(')'));
        Assert.Equal(']', CharacterProperties.BidiPairedBracket('['));
    }

    [Fact]
    public void Text_is_composed_to_nfc()
    {
        Assert.False(Normalization.IsComposed("e\u0301"));
        Assert.Equal("é", Normalization.Compose("e\u0301"));
        Assert.True(Normalization.IsComposed("é"));
        Assert.Equal("", Normalization.Compose(""));
        Assert.False(Normalization.HasBoundaryBefore(0x0301));
        Assert.True(Normalization.HasBoundaryBefore('e'));
    }

    [Fact]
    public void Strings_sort_as_their_language_sorts_them()
    {
        using var english = Collator.For("en");
        using var swedish = Collator.For("sv");
        Assert.True(english.Compare("Åland", "Zürich") < 0);
        Assert.True(swedish.Compare("Åland", "Zürich") > 0);
        Assert.True(english.Compare("éclair", "Eclipse") < 0);
        using var secondary = Collator.For("en", CollationStrength.Secondary);
        Assert.Equal(secondary.SortKey("Harbour"), secondary.SortKey("harbour"));
        Assert.NotEqual(secondary.SortKey("harbour"), secondary.SortKey("hárbour"));
    }

    [Fact]
    public void An_index_has_the_letters_of_its_language()
    {
        Assert.Equal(Enumerable.Range('A', 26).Select(c => ((char)c).ToString()), ExemplarCharacters.Index("en"));
        Assert.Contains("Я", ExemplarCharacters.Index("ru"));
        Assert.Contains("Ö", ExemplarCharacters.Index("sv"));
    }
}
