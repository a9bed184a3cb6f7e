using Publisher.Layout.Inline;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests.Scripts;

/// <summary>Runs are cut where the script changes, so each is shaped by its own script's rules.</summary>
public sealed class ScriptRunsTests
{
    private static string[] Split(string text) =>
        ScriptRuns.Split([new TextRun(text, TestFonts.Body())]).Select(r => r.Text).ToArray();

    [Fact]
    public void A_greek_word_inside_russian_is_a_run_of_its_own() =>
        Assert.Equal(["Слово", " λόγος,", " и снова слово."], Split("Слово λόγος, и снова слово."));

    [Fact]
    public void Latin_text_and_japanese_mixing_kanji_and_kana_stay_whole()
    {
        Assert.Equal(["Plain text, (with) punctuation: 12."], Split("Plain text, (with) punctuation: 12."));
        Assert.Equal(["日本語の文章です。"], Split("日本語の文章です。"));
    }

    [Fact]
    public void Marks_and_digits_go_with_the_text_they_follow() =>
        Assert.Equal(["हिन्दी 123", " English"], Split("हिन्दी 123 English"));
}
