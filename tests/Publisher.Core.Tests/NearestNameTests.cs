using Publisher.Core.Diagnostics;

namespace Publisher.Core.Tests;

public sealed class NearestNameTests
{
    private static readonly string[] Keys = ["title", "subtitle", "authors", "language", "template", "chapters"];

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("autors", "authors")]
    [InlineData("langauge", "language")]
    [InlineData("chapter", "chapters")]
    [InlineData("templte", "template")]
    public void A_misspelt_name_finds_the_valid_one(string wrong, string expected)
    {
        Assert.Equal(expected, NearestName.Find(wrong, Keys));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("publication-date")]
    public void A_name_unlike_any_gets_no_suggestion(string wrong)
    {
        Assert.Null(NearestName.Find(wrong, Keys));
        Assert.Equal("", NearestName.Hint(wrong, Keys));
    }

    [Fact]
    public void No_candidates_no_suggestion()
    {
        Assert.Null(NearestName.Find("title", []));
    }

    [Fact]
    public void The_hint_reads_as_a_question_after_the_message()
    {
        Assert.Equal(" (did you mean 'title'?)", NearestName.Hint("titel", Keys));
    }

    [Fact]
    public void Ties_go_to_the_first_candidate_so_hints_are_stable()
    {
        Assert.Equal("ab", NearestName.Find("a", ["ab", "ac"]));
        Assert.Equal("ac", NearestName.Find("a", ["ac", "ab"]));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("same", "same", 0)]
    public void Distance_is_the_Levenshtein_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, NearestName.Distance(a, b));
        Assert.Equal(expected, NearestName.Distance(b, a));
    }
}
