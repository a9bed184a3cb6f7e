using Publisher.Layout.Breaking;
using Publisher.Layout.Fonts;
using Publisher.Layout.Hyphenation;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests.Scripts;

/// <summary>
/// Which words of a paragraph are handed to the patterns, in scripts and languages unlike
/// English. The Devanagari face is Debian's fonts-noto-core (installed by .ci/run).
/// </summary>
public sealed class HyphenationScriptsTests
{
    private static List<int> Points(string text, string language, FontFace face, bool capitalized = false)
    {
        var rules = new HyphenationRules(HyphenationPatterns.For(language)!) { Capitalized = capitalized };
        var glyphs = new ParagraphGlyphs([new TextRun(text, new TextStyle(face, 10, 0x000000))], TestFonts.Context().Shaper);
        return HyphenationPoints.Find(glyphs, rules);
    }

    private static FontFace Devanagari =>
        FontLibrary.Shared.Load("/usr/share/fonts/truetype/noto/NotoSerifDevanagari-Regular.ttf");

    [Fact]
    public void A_Hindi_word_is_one_word_across_its_vowel_signs()
    {
        // वि-श्व-वि-द्या-ल-य: the vowel signs ि and ा are spacing marks, not ends of words.
        const string text = "यह विश्वविद्यालय है";
        var start = text.IndexOf('व');
        Assert.Equal([start + 2, start + 5, start + 7, start + 11, start + 12], Points(text, "hi", Devanagari));
    }

    [Fact]
    public void An_apostrophe_inside_a_word_stays_in_it_where_the_patterns_know_one()
    {
        // м’я-со-руб-ка: the Ukrainian patterns read the apostrophe as part of the word.
        Assert.Equal([3, 5, 8], Points("м\u2019ясорубка", "uk", TestFonts.Serif));
        // English patterns have none: "don't" is "don" and "t", too short to break, as before.
        Assert.Empty(Points("wouldn\u2019t", "en", TestFonts.Serif));
    }

    [Fact]
    public void A_Turkish_name_with_a_dotted_capital_breaks_by_the_Turkish_patterns()
    {
        // Lowered by Turkish rules, İ is the i the patterns know, and i3a2 keeps "İa" whole: İade-ler.
        // (An İ the patterns did not know would give İa-de-ler.)
        Assert.Equal([4], Points("İadeler", "tr", TestFonts.Serif, capitalized: true));
    }
}
