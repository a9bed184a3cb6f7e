using Publisher.Core.Unicode;
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
    [InlineData("de-CH", "de-1996")]
    [InlineData("de-CH-1901", "de-ch-1901")]
    [InlineData("de-Latn-DE-1901", "de-1901")]
    [InlineData("de-AT-1901", "de-1901")]
    [InlineData("uk", "uk")]
    [InlineData("ru_RU", "ru")]
    [InlineData("ru-Cyrl", "ru")]
    [InlineData("ru-Latn", null)]
    // The script chooses the file where the patterns differ by script.
    [InlineData("sr", "sh-cyrl")]
    [InlineData("sr-Cyrl", "sh-cyrl")]
    [InlineData("sr-Latn", "sh-latn")]
    [InlineData("sr-Latn-RS", "sh-latn")]
    [InlineData("sr-Cyrl-ME", "sh-cyrl")]
    [InlineData("bs", "sh-latn")]
    [InlineData("hr", "hr")]
    [InlineData("mn", "mn-cyrl")]
    [InlineData("mn-Cyrl-MN", "mn-cyrl")]
    [InlineData("mn-Mong", null)]
    // Modern Greek is monotonic unless the tag says polytonic; ancient Greek has its own.
    [InlineData("el", "el-monoton")]
    [InlineData("el-GR", "el-monoton")]
    [InlineData("el-polyton", "el-polyton")]
    [InlineData("el-Grek-polyton", "el-polyton")]
    [InlineData("grc", "grc")]
    [InlineData("pt-BR", "pt")]
    [InlineData("pt-PT", "pt")]
    [InlineData("nb", "nb")]
    [InlineData("nn-NO", "nn")]
    [InlineData("no", "no")]
    [InlineData("tr-TR", "tr")]
    [InlineData("hi-IN", "hi")]
    [InlineData("pa-Guru", "pa")]
    [InlineData("pa-Arab", null)]
    [InlineData("ta", "ta")]
    [InlineData("am", "mul-ethi")]
    [InlineData("la", "la")]
    [InlineData("la-x-classic", "la-x-classic")]
    [InlineData("fi-x-school", "fi-x-school")]
    // Pinyin is Chinese in Latin letters; Chinese characters are never hyphenated.
    [InlineData("zh", null)]
    [InlineData("zh-Hans-CN", null)]
    [InlineData("zh-Latn-pinyin", "zh-latn-pinyin")]
    [InlineData("zh-Latn", "zh-latn-pinyin")]
    // hyph-utf8 has no Azerbaijani; Czech, Slovak and the others under the GPL are not shipped.
    [InlineData("az-Latn", null)]
    [InlineData("az", null)]
    [InlineData("cs", null)]
    [InlineData("th", null)]
    [InlineData("ja", null)]
    [InlineData("", null)]
    public void A_language_tag_finds_its_pattern_file(string tag, string? file) =>
        Assert.Equal(file, HyphenationPatterns.FileFor(tag));

    [Theory]
    [InlineData("az-Latn")]
    [InlineData("sr-Cyrl")]
    [InlineData("sr-Latn")]
    [InlineData("el")]
    [InlineData("pt-BR")]
    [InlineData("nb")]
    [InlineData("zh")]
    public void For_gives_the_hyphenator_of_the_file_its_tag_finds(string tag)
    {
        var file = HyphenationPatterns.FileFor(tag);
        Assert.Same(file is null ? null : HyphenationPatterns.For(file), HyphenationPatterns.For(tag));
    }

    [Theory]
    // As TeX breaks them: worked out by hand from each file's patterns and hyphenmins (Liang's
    // algorithm run over the file with a script independent of this code).
    [InlineData("tr", "kütüphanelerimizden", "kü-tüp-ha-ne-le-ri-miz-den")]
    [InlineData("tr", "ılıklaştırılmış", "ılık-laş-tı-rıl-mış")]
    [InlineData("el", "πολυτεχνείο", "πο-λυ-τε-χνεί-ο")]
    [InlineData("el", "καλημέρα", "κα-λη-μέ-ρα")]
    [InlineData("pl", "przedsiębiorstwo", "przed-się-bior-stwo")]
    [InlineData("pl", "programowanie", "pro-gra-mo-wa-nie")]
    [InlineData("it", "calcolatore", "cal-co-la-to-re")]
    [InlineData("it", "università", "uni-ver-si-tà")]
    [InlineData("nl", "woordafbreking", "woord-af-bre-king")]
    [InlineData("nl", "ziekenhuis", "zie-ken-huis")]
    [InlineData("hi", "प्रधानमंत्री", "प्र-धा-न-मं-त्री")]
    [InlineData("hi", "विश्वविद्यालय", "वि-श्व-वि-द्या-ल-य")]
    [InlineData("sr-Cyrl", "ћирилица", "ћи-ри-ли-ца")]
    [InlineData("sr-Latn", "ćirilica", "ći-ri-li-ca")]
    [InlineData("pt-BR", "computador", "com-pu-ta-dor")]
    // Bokmål: the Norwegian patterns its file \inputs.
    [InlineData("nb", "sykehus", "syke-hus")]
    // Esperanto's patterns are written with TeX macros (\adj, \nom, \ver), expanded as TeX does.
    [InlineData("eo", "internacia", "in-ter-na-cia")]
    public void Words_break_where_TeX_breaks_them_in_their_language(string tag, string word, string expected) =>
        Assert.Equal(expected, HyphenationPatterns.For(tag)!.Hyphenate(word));

    [Fact]
    public void Each_script_of_Serbian_has_its_own_patterns()
    {
        // The Latin patterns know no Cyrillic letter and the Cyrillic ones no Latin letter.
        Assert.Equal("ћирилица", HyphenationPatterns.For("sr-Latn")!.Hyphenate("ћирилица"));
        Assert.Equal("latinica", HyphenationPatterns.For("sr-Cyrl")!.Hyphenate("latinica"));
    }

    [Theory]
    // Turkish capitals are lowered by Turkish rules (İ is i, I is ı) before the patterns are looked up.
    [InlineData("İSTANBUL", "İS-TAN-BUL")]
    [InlineData("İstanbul", "İs-tan-bul")]
    [InlineData("ILIKLAŞTIRILMIŞ", "ILIK-LAŞ-TI-RIL-MIŞ")]
    // Where two vowels meet (i3i2) the patterns must see İ as i: an İ they do not know would give no break.
    [InlineData("ŞİİRLER", "Şİ-İR-LER")]
    public void Turkish_capitals_break_by_the_Turkish_patterns(string word, string expected) =>
        Assert.Equal(expected, HyphenationPatterns.For("tr")!.Hyphenate(word));

    [Fact]
    public void A_word_spelt_decomposed_breaks_as_it_does_composed()
    {
        // Classical Latin's patterns spell ḗ as ē and a combining acute (U+0113 U+0301); a book may
        // write it so or as one character (U+1E17), and the word breaks alike: "com-ḗsō", not "com-ḗ-sō".
        var latin = HyphenationPatterns.For("la-x-classic")!;
        Assert.Equal("com-\u0113\u0301s\u014D", latin.Hyphenate("com\u0113\u0301s\u014D"));
        Assert.Equal("com-\u1E17s\u014D", latin.Hyphenate("com\u1E17s\u014D"));
        // Bengali য় is one character (U+09DF) in the patterns and in some texts, য and a nukta in composed ones.
        var bengali = HyphenationPatterns.For("bn")!;
        Assert.Equal("বি-দ্যা-ল-\u09DF", bengali.Hyphenate("বিদ্যাল\u09DF"));
        Assert.Equal("বি-দ্যা-ল-\u09AF\u09BC", bengali.Hyphenate("বিদ্যাল\u09AF\u09BC"));
    }

    [Theory]
    // French and Italian patterns place hyphens around an apostrophe, typed straight or curly.
    [InlineData("fr", "l\u2019encyclopédie", "l\u2019en-cy-clo-pé-die")]
    [InlineData("fr", "l'encyclopédie", "l'en-cy-clo-pé-die")]
    [InlineData("it", "dell\u2019università", "del-l\u2019u-ni-ver-si-tà")]
    [InlineData("uk", "м\u2019ясорубка", "м\u2019я-со-руб-ка")]
    public void An_apostrophe_is_read_as_the_one_the_patterns_use(string tag, string word, string expected) =>
        Assert.Equal(expected, HyphenationPatterns.For(tag)!.Hyphenate(word));

    /// <summary>A word of each shipped file's language and script that its patterns break.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["af"] = "internasionaal", ["as"] = "বিশ্ববিদ্যালয়", ["be"] = "універсітэт", ["bg"] = "университет",
        ["bn"] = "বিশ্ববিদ্যালয়", ["ca"] = "internacional", ["cop"] = "ⲡⲓⲛⲟⲩⲧⲉ", ["cu"] = "бг҃оро́дице",
        ["cy"] = "cenedlaethol", ["da"] = "international", ["de-1901"] = "Silbentrennung",
        ["de-1996"] = "Silbentrennung", ["de-ch-1901"] = "Silbentrennung", ["el-monoton"] = "πολυτεχνείο",
        ["el-polyton"] = "πολυτεχνεῖον", ["en-gb"] = "international", ["en-us"] = "international",
        ["eo"] = "internacia", ["es"] = "internacional", ["et"] = "rahvusvaheline", ["eu"] = "nazioartekoa",
        ["fi"] = "kansainvälinen", ["fi-x-school"] = "kansainvälinen", ["fr"] = "internationale",
        ["fur"] = "internazionâl", ["ga"] = "idirnáisiúnta", ["gl"] = "internacional", ["grc"] = "φιλοσοφία",
        ["gu"] = "વિશ્વવિદ્યાલય", ["hi"] = "विश्वविद्यालय", ["hr"] = "međunarodni", ["hsb"] = "mjezynarodny",
        ["hu"] = "nemzetközi", ["ia"] = "international", ["is"] = "alþjóðlegur", ["it"] = "internazionale",
        ["ka"] = "საერთაშორისო", ["kmr"] = "navneteweyî", ["kn"] = "ವಿಶ್ವವಿದ್ಯಾಲಯ", ["la"] = "internationalis",
        ["la-x-classic"] = "philosophia", ["la-x-liturgic"] = "misericordia", ["lt"] = "tarptautinis",
        ["ml"] = "സർവകലാശാല", ["mn-cyrl"] = "олонулсын", ["mr"] = "विश्वविद्यालय", ["mul-ethi"] = "ኢትዮጵያ",
        ["nb"] = "internasjonal", ["nl"] = "internationaal", ["nn"] = "internasjonal", ["no"] = "internasjonal",
        ["oc"] = "internacional", ["or"] = "ବିଶ୍ୱବିଦ୍ୟାଳୟ", ["pa"] = "ਯੂਨੀਵਰਸਿਟੀ", ["pi"] = "bhikkhunīnaṃ",
        ["pl"] = "międzynarodowy", ["pms"] = "internassional", ["pt"] = "internacional", ["rm"] = "internaziunal",
        ["ru"] = "государственный", ["sa"] = "saṃskṛtam", ["sh-cyrl"] = "међународни", ["sh-latn"] = "međunarodni",
        ["sl"] = "mednaroden", ["sv"] = "internationell", ["ta"] = "பல்கலைக்கழகம்", ["te"] = "విశ్వవిద్యాలయం",
        ["tk"] = "halkara", ["tr"] = "uluslararası", ["uk"] = "університет", ["zh-latn-pinyin"] = "zhōngguórén",
    };

    [Fact]
    public void Every_shipped_pattern_file_loads_and_hyphenates_a_word_of_its_own_script()
    {
        Assert.Equal(Samples.Keys.Order(StringComparer.Ordinal), HyphenationPatterns.Languages);
        foreach (var (language, word) in Samples)
        {
            var hyphenator = HyphenationPatterns.For(language);
            Assert.True(hyphenator is not null, language);
            Assert.True(hyphenator.PatternCount > 50, language);
            var hyphenated = hyphenator.Hyphenate(word);
            Assert.True(hyphenated.Contains('-'), $"{language}: {hyphenated}");
            Assert.Equal(word, hyphenated.Replace("-", ""));
            var script = UnicodeScript.Of(char.ConvertToUtf32(word, 0));
            Assert.True(hyphenator.Scripts.Contains(script), $"{language}: {UnicodeScript.Name(script)}");
        }
    }
}
