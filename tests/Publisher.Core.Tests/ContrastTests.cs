using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;
using Publisher.Core.Templates.Contrast;

namespace Publisher.Core.Tests;

/// <summary>
/// Contrast is a template property (WCAG 2 AA, 1.4.3): every text colour the template sets must pass on its
/// background, or the template gets a warning (PUB023) at the key's line, with the ratio and the nearest colour
/// that passes. The shipped templates pass.
/// </summary>
public sealed class ContrastTests : ShippedTemplateTests
{
    [Theory]
    [InlineData("#000000", "#ffffff", "21:1")]
    [InlineData("#ffffff", "#ffffff", "1:1")]
    [InlineData("#767676", "#ffffff", "4.54:1")]     // the palest grey that passes on white, as WCAG tools know it
    [InlineData("#777777", "#ffffff", "4.47:1")]
    [InlineData("#77736a", "#f2f0eb", "4.14:1")]     // the booklet's comments before: Ace said 4.14:1
    public void The_ratio_is_WCAGs(string foreground, string background, string expected)
    {
        Assert.Equal(expected, ContrastRatio.Show(ContrastRatio.Of(foreground, background)));
        Assert.Equal(ContrastRatio.Of(foreground, background), ContrastRatio.Of(background, foreground));
    }

    [Theory]
    [InlineData(10, false, 4.5)]
    [InlineData(17.9, false, 4.5)]
    [InlineData(18, false, 3)]
    [InlineData(13.9, true, 4.5)]
    [InlineData(14, true, 3)]
    public void Large_text_needs_three_to_one_and_other_text_four_and_a_half(double size, bool bold, double required) =>
        Assert.Equal(required, ContrastRatio.Required(size, bold));

    [Fact]
    public void The_nearest_colour_that_passes_keeps_the_hue_and_only_just_passes()
    {
        var nearest = ContrastRatio.NearestPassing("#77736a", [("#f2f0eb", 4.5)])!;
        Assert.True(ContrastRatio.Of(nearest, "#f2f0eb") > 4.5);
        Assert.True(ContrastRatio.Of(nearest, "#f2f0eb") < 4.6, nearest);
        // Darker, not another colour: each channel is smaller by about the same share.
        Assert.Equal("#716d65", nearest);
        // On a dark background the nearest colour is lighter.
        var light = ContrastRatio.NearestPassing("#555555", [("#222222", 4.5)])!;
        Assert.True(ContrastRatio.Of(light, "#222222") > 4.5 && string.CompareOrdinal(light, "#555555") > 0, light);
    }

    [Fact]
    public void The_shipped_booklet_passes()
    {
        Assert.Empty(Read(Shipped).Warnings);
    }

    [Fact]
    public void A_pale_grey_body_gets_the_warning_at_its_line_with_the_ratio_and_a_colour_that_passes()
    {
        var text = Changed("  color: \"#1b1b1b\"\n  align: justify", "  color: \"#999999\"\n  align: justify");
        var warnings = Read(text).Warnings;
        var warning = Assert.Single(warnings, w => w.Message.Contains("body text", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation(Display, LineOf(text, "  color: \"#999999\""), 10), warning.Location);
        Assert.Equal("templates/booklet/template.yml:" + warning.Location.Line + ":10: warning PUB023: 'body.color': body text " +
            "in #999999 on #ffffff (the page) has a contrast of 2.84:1; text of 10pt needs more than 4.5:1 (WCAG 2 AA): " +
            "the nearest colour that passes (there and on the mark tint) is #6c6c6c", warning.ToString());
    }

    [Fact]
    public void A_pale_comment_on_the_code_tint_gets_the_warning_at_the_comment_colour()
    {
        var text = Changed("    comment: \"#6b675e\"", "    comment: \"#77736a\"");
        var warning = Assert.Single(Read(text).Warnings);
        Assert.Equal(LineOf(text, "    comment: \"#77736a\""), warning.Location.Line);
        Assert.Contains("'code.highlight.comment': highlighted code (comment) in #77736a on #f2f0eb ('code.background') " +
            "has a contrast of 4.14:1; text of 8pt needs more than 4.5:1", warning.Message);
        Assert.EndsWith("the nearest colour that passes is #716d65", warning.Message);
    }

    [Fact]
    public void Large_headings_may_be_paler_than_text_but_not_below_three_to_one()
    {
        // #949494 is 3.03:1 on white: enough for the 18pt bold h1, not for the 10pt h4.
        var h1 = Changed("  h1: { font: serif, weight: bold, size: 18pt,", "  h1: { color: \"#949494\", font: serif, weight: bold, size: 18pt,");
        Assert.Empty(Read(h1).Warnings);
        var h4 = Changed("  h4: { font: serif,", "  h4: { color: \"#949494\", font: serif,");
        Assert.Contains("h4 headings in #949494", Assert.Single(Read(h4).Warnings).Message);
    }

    [Fact]
    public void A_callout_colour_that_is_too_pale_is_reported_at_its_key()
    {
        var warning = Assert.Single(Read(Shipped + "\ncallouts:\n  tip: \"#66bb66\"\n").Warnings);
        Assert.Contains("'callouts.tip': tip callouts' titles in #66bb66 on #ffffff (the page)", warning.Message);
    }

    [Fact]
    public void Parts_of_the_book_that_are_not_printed_are_not_judged()
    {
        // The running foot's colour matters only where it has text.
        var text = Changed("footer:\n  font: serif\n  size: 8.5pt\n  color: \"#4a4a4a\"", "footer:\n  font: serif\n  size: 8.5pt\n  color: \"#cccccc\"");
        Assert.Single(Read(text).Warnings);
            Assert.Empty(Read(text.Replace("  outer: \"{page}\"          #", "  outer: \"\"                #")).Warnings);
    }

    private static int LineOf(string text, string line) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.StartsWith(line, StringComparison.Ordinal)).i + 1;
}
