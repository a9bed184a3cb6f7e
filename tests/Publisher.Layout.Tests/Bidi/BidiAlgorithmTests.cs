using System.Text;
using Publisher.Layout.Inline.Bidi;

namespace Publisher.Layout.Tests.Bidi;

/// <summary>The cases a book meets, written so that the expected display can be read.</summary>
public sealed class BidiAlgorithmTests
{
    /// <summary>
    /// What a reader sees from left to right: the paragraph as one line, reordered (L2), with mirrored
    /// glyphs at odd levels (L4). Letters of right-to-left words come out reversed.
    /// </summary>
    private static string Display(string text, byte? paragraphLevel = null)
    {
        var levels = BidiAlgorithm.ResolveLevels(text, paragraphLevel, out var level);
        var line = BidiAlgorithm.LineLevels(text, levels, 0, text.Length, level);
        var shown = new StringBuilder();
        foreach (var i in BidiAlgorithm.VisualOrder(line))
            shown.Append(char.ConvertFromUtf32(BidiAlgorithm.Mirror(text[i], line[i])));
        return shown.ToString();
    }

    /// <summary>A right-to-left word as it is shown: its letters from left to right.</summary>
    private static string Shown(string word)
    {
        var letters = word.ToCharArray();
        Array.Reverse(letters);
        return new string(letters);
    }

    private static byte[] Levels(string text, byte? paragraphLevel = null) =>
        BidiAlgorithm.ResolveLevels(text, paragraphLevel, out _);

    [Fact]
    public void An_arabic_sentence_keeps_its_english_word_and_numbers_left_to_right()
    {
        const string text = "قرأت 3 كتب عن Python في 2024.";
        var levels = BidiAlgorithm.ResolveLevels(text, null, out var paragraphLevel);

        Assert.Equal(1, paragraphLevel);
        var word = text.IndexOf("Python", StringComparison.Ordinal);
        var year = text.IndexOf("2024", StringComparison.Ordinal);
        Assert.All(levels.AsSpan(word, 6).ToArray(), l => Assert.Equal(2, l));
        Assert.All(levels.AsSpan(year, 4).ToArray(), l => Assert.Equal(2, l));
        Assert.Equal(1, levels[0]);
        Assert.Equal(
            $".2024 {Shown("في")} Python {Shown("عن")} {Shown("كتب")} 3 {Shown("قرأت")}",
            Display(text));

        // After Arabic letters digits are Arabic numbers (W2): a percent sign is not joined to them
        // (W5) and shows on their left, as Arabic readers expect.
        Assert.Equal($"{Shown("اليوم")} %50 {Shown("خصم")}", Display("خصم 50% اليوم"));
    }

    [Fact]
    public void Parentheses_in_right_to_left_text_are_mirrored()
    {
        Assert.Equal($"{Shown("זחט")} ({Shown("דהו")}) {Shown("אבג")}", Display("אבג (דהו) זחט"));
        // An English word in parentheses: the brackets follow the Hebrew around them (N0).
        Assert.Equal($"{Shown("הוז")} (def) {Shown("אבג")}", Display("אבג (def) הוז"));
        // In left-to-right text they stay as typed,
        Assert.Equal($"see ({Shown("אבג")}) here", Display("see (אבג) here"));
        // unless they close a Hebrew phrase: then they go with it, and mirror (N0).
        Assert.Equal($"Hebrew: ({Shown("דהו")}) {Shown("אבג")} abc", Display("Hebrew: אבג (דהו) abc"));
    }

    [Fact]
    public void A_left_to_right_paragraph_with_an_arabic_word_reverses_only_the_word()
    {
        const string text = "The word سلام means peace.";
        var levels = BidiAlgorithm.ResolveLevels(text, null, out var paragraphLevel);

        Assert.Equal(0, paragraphLevel);
        var word = text.IndexOf("سلام", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++) Assert.Equal(i >= word && i < word + 4 ? 1 : 0, levels[i]);
        Assert.Equal($"The word {Shown("سلام")} means peace.", Display(text));
    }

    [Fact]
    public void A_code_span_isolated_in_right_to_left_text_stays_left_to_right()
    {
        const string code = "a = b + 1;";
        var text = $"הריצו \u2066{code}\u2069 עכשיו";
        var levels = Levels(text);

        var at = text.IndexOf(code, StringComparison.Ordinal);
        Assert.All(levels.AsSpan(at, code.Length).ToArray(), l => Assert.Equal(2, l));
        Assert.Equal($"{Shown("עכשיו")} \u2069{code}\u2066 {Shown("הריצו")}", Display(text));

        // Without the isolate the semicolon is taken by the Hebrew after it and moves to the left.
        Assert.DoesNotContain(code, Display($"הריצו {code} עכשיו"));
    }

    [Fact]
    public void Trailing_spaces_of_a_line_take_the_paragraph_level()
    {
        // Right to left, with an English phrase broken across two lines after "abc ".
        const string text = "אבג abc def גדה";
        var levels = BidiAlgorithm.ResolveLevels(text, null, out var paragraphLevel);
        Assert.Equal(1, paragraphLevel);
        Assert.Equal(2, levels[7]); // the space inside the phrase, between two English words

        var first = BidiAlgorithm.LineLevels(text, levels, 0, 8, paragraphLevel);
        Assert.Equal(new byte[] { 1, 1, 1, 1, 2, 2, 2, 1 }, first);
        var second = BidiAlgorithm.LineLevels(text, levels, 8, text.Length, paragraphLevel);
        Assert.Equal(levels.AsSpan(8).ToArray(), second);
        Assert.Equal(2, levels[7]); // the paragraph's levels are not touched
    }

    [Fact]
    public void A_tab_takes_the_paragraph_level_and_splits_the_run_around_it()
    {
        const string text = "אבג abc\tdef";
        var levels = Levels(text);
        Assert.Equal(2, levels[7]);
        Assert.Equal(1, BidiAlgorithm.LineLevels(text, levels, 0, text.Length, 1)[7]);
        Assert.Equal($"def\tabc {Shown("אבג")}", Display(text));
    }

    [Fact]
    public void Text_without_right_to_left_characters_is_all_level_zero()
    {
        const string text = "Plain English, 42 numbers (and brackets), tabs\tand «quotes» — 中文 too.";
        var levels = BidiAlgorithm.ResolveLevels(text, null, out var paragraphLevel);
        Assert.Equal(0, paragraphLevel);
        Assert.All(levels, l => Assert.Equal(0, l));
        Assert.Equal(text.Length, levels.Length);
    }

    [Fact]
    public void The_fast_path_lets_through_no_character_that_changes_levels()
    {
        for (var c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            var cls = BidiCharacterData.ClassOf(c);
            if (cls is BidiClass.R or BidiClass.AL or BidiClass.AN || cls >= BidiClass.LRE)
                Assert.True(BidiCharacterData.MayNeedResolution((char)c), $"U+{c:X4} is {cls}");
        }
    }

    [Fact]
    public void A_right_to_left_paragraph_level_raises_english_to_two()
    {
        var levels = BidiAlgorithm.ResolveLevels("abc", 1, out var paragraphLevel);
        Assert.Equal(1, paragraphLevel);
        Assert.Equal(new byte[] { 2, 2, 2 }, levels);
        Assert.Equal("abc", Display("abc", 1));
    }

    [Fact]
    public void Both_halves_of_a_surrogate_pair_get_one_level()
    {
        const string text = "a \U00010900\U00010901 b"; // Phoenician letters, right to left
        var levels = Levels(text);
        Assert.Equal(new byte[] { 0, 0, 1, 1, 1, 1, 0, 0 }, levels);
    }

    [Fact]
    public void Removed_formatting_characters_take_the_level_before_them()
    {
        // a RLE b PDF c: the embedding lifts b to 2; RLE and PDF follow their neighbours on the left.
        Assert.Equal(new byte[] { 0, 0, 2, 2, 0 }, Levels("a\u202Bb\u202Cc"));
        Assert.Equal(new byte[] { 1, 1 }, Levels("\u200Dא"));
    }

    [Fact]
    public void Each_paragraph_of_a_text_starts_afresh_at_the_shared_level()
    {
        // The first strong letter sets the level for both; the second paragraph's English is at 2.
        var levels = BidiAlgorithm.ResolveLevels("אב\nab", null, out var paragraphLevel);
        Assert.Equal(1, paragraphLevel);
        Assert.Equal(new byte[] { 1, 1, 1, 2, 2 }, levels);
        // An embedding left open ends with its paragraph (X8).
        Assert.Equal(new byte[] { 0, 2, 0, 0 }, Levels("\u202Bb\nc", 0));
    }

    [Fact]
    public void The_first_strong_character_skips_isolates()
    {
        Assert.Equal((byte?)0, BidiAlgorithm.FirstStrongDirection("123 abc"));
        Assert.Equal((byte?)1, BidiAlgorithm.FirstStrongDirection("«\u2066abc\u2069» אבג"));
        Assert.Equal((byte?)1, BidiAlgorithm.FirstStrongDirection("\U00010900 abc"));
        Assert.Null(BidiAlgorithm.FirstStrongDirection("123 !"));
        Assert.Null(BidiAlgorithm.FirstStrongDirection(""));
    }

    [Fact]
    public void Level_runs_and_visual_order()
    {
        byte[] levels = [0, 0, 1, 1, 2, 0];
        Assert.Equal([(0, 2, (byte)0), (2, 4, (byte)1), (4, 5, (byte)2), (5, 6, (byte)0)], BidiAlgorithm.LevelRuns(levels));
        Assert.Empty(BidiAlgorithm.LevelRuns([]));
        Assert.Equal([0, 1, 4, 3, 2, 5], BidiAlgorithm.VisualOrder((byte[])[0, 0, 1, 1, 1, 0]));
        Assert.Equal([1, 2, 0], BidiAlgorithm.VisualOrder((byte[])[1, 2, 2]));
        Assert.Empty(BidiAlgorithm.VisualOrder([]));
    }
}
