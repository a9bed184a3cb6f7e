using Publisher.Layout.Fonts;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests.Scripts;

/// <summary>
/// Characters the template's fonts lack get an installed face made for their script, of the kind the text
/// around them is set in. Needs Debian's fonts-noto-core and fonts-noto-cjk (installed by .ci/run).
/// </summary>
public sealed class SystemFallbackTests
{
    private static FontFace Face(int codePoint, FontFace style, string language = "en") =>
        SystemFallback.Installed.FaceFor(codePoint, style, language) ?? throw new Xunit.Sdk.XunitException($"no face for U+{codePoint:X4}");

    [Fact]
    public void Arabic_in_serif_text_is_set_in_naskh_and_in_bold_text_in_naskh_bold()
    {
        Assert.Equal("Noto Naskh Arabic", Face(0x0628, TestFonts.Serif).Description.Family);
        Assert.True(Face(0x0628, TestFonts.SerifBold).Description.Bold);
        Assert.False(Face(0x0628, TestFonts.Serif).Description.Bold);
    }

    [Theory]
    [InlineData("zh", "Noto Serif CJK SC")]
    [InlineData("zh-Hans", "Noto Serif CJK SC")]
    [InlineData("zh-TW", "Noto Serif CJK TC")]
    [InlineData("zh-Hant", "Noto Serif CJK TC")]
    [InlineData("ja", "Noto Serif CJK JP")]
    [InlineData("ko", "Noto Serif CJK KR")]
    public void An_ideograph_takes_the_cjk_design_of_the_texts_language(string language, string family)
    {
        // 直 is drawn differently in each: the same code point, four designs.
        Assert.Equal(family, Face(0x76F4, TestFonts.Serif, language).Description.Family);
    }

    [Fact]
    public void Code_takes_the_monospaced_cjk_face_and_sans_text_the_sans_one()
    {
        var mono = FontLibrary.Shared.Load(Path.Combine(TestFonts.RepoRoot, "templates/fonts/NotoSansMono-Regular.ttf"));
        var sans = FontLibrary.Shared.Load(Path.Combine(TestFonts.RepoRoot, "templates/fonts/NotoSans-Regular.ttf"));
        Assert.Equal("Noto Sans Mono CJK SC", Face(0x4E2D, mono, "zh").Description.Family);
        Assert.Equal("Noto Sans CJK SC", Face(0x4E2D, sans, "zh").Description.Family);
    }

    [Fact]
    public void A_paragraph_mixing_scripts_is_split_into_runs_each_in_a_face_that_has_its_letters()
    {
        var fallback = new FontFallback([], SystemFallback.Installed, "en");
        var runs = fallback.Apply([new TextRun("Thai ภาษาไทย, Hindi हिन्दी, Hebrew עברית.", TestFonts.Body())]);

        Assert.Equal(["Noto Serif", "Noto Serif Thai", "Noto Serif", "Noto Serif Devanagari", "Noto Serif", "Noto Serif Hebrew", "Noto Serif"],
            runs.Select(r => r.Style.Face.Description.Family));
        Assert.All(runs, r => Assert.All(r.Text.EnumerateRunes().Where(c => !System.Text.Rune.IsWhiteSpace(c)),
            c => Assert.True(r.Style.Face.HasGlyph(c.Value), $"{r.Style.Face} lacks U+{c.Value:X4}")));
        Assert.Empty(fallback.Missing);
    }

    [Fact]
    public void A_character_no_installed_font_has_is_remembered_as_missing()
    {
        var fallback = new FontFallback([], SystemFallback.Installed, "en");
        fallback.Apply([new TextRun("A brain: \U0001F9E0.", TestFonts.Body())]);
        Assert.Equal([0x1F9E0], fallback.Missing);
    }
}

/// <summary>Scripts without italics show emphasis in bold; their characters count one word each.</summary>
public sealed class UnslantedScriptTests
{
    private static FontFace SerifItalic => FontLibrary.Shared.Load(Path.Combine(TestFonts.RepoRoot, "templates/fonts/NotoSerif-Italic.ttf"));

    [Fact]
    public void Emphasised_chinese_and_arabic_are_set_in_bold_since_their_fonts_have_no_italic()
    {
        var chinese = SystemFallback.Installed.FaceFor(0x4E2D, SerifItalic, "zh")!;
        Assert.Equal("Noto Serif CJK SC", chinese.Description.Family);
        Assert.True(chinese.Description.Bold);
        Assert.True(SystemFallback.Installed.FaceFor(0x0628, SerifItalic, "ar")!.Description.Bold);
        // Upright text stays regular.
        Assert.False(SystemFallback.Installed.FaceFor(0x4E2D, TestFonts.Serif, "zh")!.Description.Bold);
    }

    [Theory]
    [InlineData("中文 text", 3)]
    [InlineData("日本語の文章です。", 9)]
    [InlineData("Git 是一个版本控制系统", 10)]
    [InlineData("한국어 문장", 2)]
    [InlineData("two words", 2)]
    [InlineData("𠀀𠀁 ext-B", 3)]
    public void Each_chinese_or_japanese_character_counts_as_a_word(string text, int words) =>
        Assert.Equal(words, new WordCount(text).StartingBefore(text.Length));
}
