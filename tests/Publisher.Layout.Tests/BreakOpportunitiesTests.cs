using Publisher.Layout.Breaking;

namespace Publisher.Layout.Tests;

/// <summary>Where a line may end (UAX #14 by ICU, with its dictionaries), shown as the pieces a line may hold.</summary>
public sealed class BreakOpportunitiesTests
{
    private static string Pieces(string text)
    {
        var start = 0;
        var pieces = new List<string>();
        foreach (var (index, mandatory) in BreakOpportunities.Find(text))
        {
            pieces.Add(text[start..index] + (mandatory ? "!" : ""));
            start = index;
        }
        return string.Join("|", pieces);
    }

    [Fact]
    public void Latin_text_breaks_after_spaces_and_in_a_url_after_its_slashes_and_a_newline_forces_a_break()
    {
        Assert.Equal("Hello |world, |see |https://|example.org/|a/|b.html |now.\n!|Next |line",
            Pieces("Hello world, see https://example.org/a/b.html now.\nNext line"));
    }

    [Fact]
    public void A_compound_word_stays_whole_and_a_line_may_end_on_either_side_of_a_dash_between_words()
    {
        Assert.Equal("non-governmental |aid|—|or |none", Pieces("non-governmental aid—or none"));
    }

    [Fact]
    public void Thai_breaks_between_its_words_by_the_dictionary()
    {
        Assert.Equal("ภาษา|ไทย|เป็น|ภาษา|ที่|มี", Pieces("ภาษาไทยเป็นภาษาที่มี"));
    }

    [Fact]
    public void Chinese_breaks_between_ideographs_but_never_before_closing_punctuation()
    {
        Assert.Equal("中|文|的|句|子，|没|有|空|格。", Pieces("中文的句子，没有空格。"));
    }

    [Fact]
    public void Numbers_and_quotes_stay_with_what_they_belong_to()
    {
        Assert.Equal("«quotes» |12,345.67 |$5 |100%", Pieces("«quotes» 12,345.67 $5 100%"));
    }
}
