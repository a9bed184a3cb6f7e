using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>body.widows and body.orphans: fewest lines of a paragraph at the top and the foot of a page.</summary>
public sealed class WidowsOrphansTemplateTests : ShippedTemplateTests
{
    private const string Anchor = "  line-breaking: total-fit";

    private Template ReadWith(string lines) => Read(Changed(Anchor, Anchor + "\n" + lines));

    [Fact]
    public void Both_default_to_two_lines()
    {
        var body = ReadWith("").Body;
        Assert.Equal((2, 2), (body.Widows, body.Orphans));
    }

    [Fact]
    public void Both_are_read_from_the_body()
    {
        var body = ReadWith("  widows: 1\n  orphans: 3").Body;
        Assert.Equal((1, 3), (body.Widows, body.Orphans));
    }

    [Theory]
    [InlineData("widows: 0", "'body.widows': expected a whole number of lines, 1 or more, not '0'")]
    [InlineData("orphans: 1.5", "'body.orphans': expected a whole number of lines, 1 or more, not '1.5'")]
    [InlineData("widows: two", "'body.widows': expected a number, not 'two'")]
    public void A_count_that_is_not_a_whole_number_of_lines_is_an_error_at_its_line(string line, string message)
    {
        var error = Expect.Failure(() => ReadWith("  " + line));
        var lineNumber = Shipped[..Shipped.IndexOf(Anchor, StringComparison.Ordinal)].Count(c => c == '\n') + 2;
        Assert.StartsWith($"{Display}:{lineNumber}:", error);
        Assert.EndsWith($"error PUB003: {message}", error);
    }

    [Fact]
    public void A_misspelt_key_suggests_the_nearest()
    {
        var error = Expect.Failure(() => ReadWith("  widow: 2"));
        Assert.True(error.Contains("unknown key") && error.Contains("(did you mean 'widows'?)"), error);
    }
}
