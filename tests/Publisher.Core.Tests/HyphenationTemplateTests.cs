using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>template.yml's <c>body.hyphenation:</c> section: read as written, off when left out, mistakes named.</summary>
public sealed class HyphenationTemplateTests : ShippedTemplateTests
{
    [Fact]
    public void The_shipped_booklet_hyphenates_with_the_languages_own_minima()
    {
        var hyphenation = Read(Shipped).Body.Hyphenation;
        Assert.Equal(new HyphenationSpec(true, null, null, 5, 2, false), hyphenation);
    }

    /// <summary>The shipped text with its body.hyphenation section replaced.</summary>
    private string WithSection(string section)
    {
        var start = Shipped.IndexOf("  hyphenation:", StringComparison.Ordinal);
        var end = Shipped.IndexOf("\nheadings:", StringComparison.Ordinal);
        Assert.Contains("enabled: true", Shipped[start..end]);
        return Shipped[..start] + section + Shipped[end..];
    }

    [Fact]
    public void Left_out_there_is_no_hyphenation() =>
        Assert.False(Read(WithSection("")).Body.Hyphenation.Enabled);

    [Fact]
    public void Every_key_is_read()
    {
        var text = WithSection("""
              hyphenation:
                min-left: 3
                min-right: 4
                capitalized: true
                max-consecutive: 3
                min-word: 8
                enabled: false
              old-hyphenation: 1
            """);
        Assert.Contains("error PUB002: unknown key 'body.old-hyphenation'", Expect.Failure(() => Read(text)));
        var spec = Read(text.Replace("  old-hyphenation: 1", "")).Body.Hyphenation;
        Assert.Equal(new HyphenationSpec(false, 3, 4, 8, 3, true), spec);
    }

    [Theory]
    [InlineData("    max-consecutive: 2 ", "    max-consecutive: 0 ",
        "template.yml:48:22: error PUB003: 'body.hyphenation.max-consecutive': expected a whole number from 1 to 10, not '0'")]
    [InlineData("    min-word: 5 ", "    min-word: 4.5 ",
        "error PUB003: 'body.hyphenation.min-word': expected a whole number from 2 to 30, not '4.5'")]
    [InlineData("    enabled: true", "    enabled: sometimes",
        "error PUB003: 'body.hyphenation.enabled': expected true or false, not 'sometimes'")]
    [InlineData("    capitalized: false", "    capitalised: false",
        "error PUB002: unknown key 'body.hyphenation.capitalised' (did you mean 'capitalized'?)")]
    public void A_mistake_in_hyphenation_names_the_key(string from, string to, string message) =>
        Assert.Contains(message, Expect.Failure(() => Read(Changed(from, to))));
}
