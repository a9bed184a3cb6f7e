using System.Text.RegularExpressions;
using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>template.yml's footnotes section: the shipped values, the defaults, and mistakes named with their line.</summary>
public sealed class TemplateFootnotesTests : ShippedTemplateTests
{
    [Fact]
    public void TheShipped_booklet_sets_small_notes_under_a_short_rule()
    {
        var template = Read(Shipped);
        var notes = template.Footnotes;
        Assert.Equal(8, notes.Text.Size);
        Assert.Equal(10.5, notes.Text.Leading);
        Assert.Equal(8 * 1.4, notes.Indent, 6);
        Assert.Equal(12, notes.Gap);
        Assert.Equal(template.Page.TextWidth * 0.3, notes.RuleWidth, 6);
        Assert.Equal(0.4, notes.RuleThickness, 6);
        Assert.Equal(0.7, notes.ReferenceScale, 6);
        Assert.Equal(0.35, notes.ReferenceRise, 6);
    }

    [Fact]
    public void Without_the_section_notes_are_smaller_than_the_body_and_references_raised()
    {
        var text = Regex.Replace(Shipped, @"\nfootnotes:.*?\n\n", "\n", RegexOptions.Singleline);
        Assert.DoesNotContain("footnotes:", text);
        var template = Read(text);
        var notes = template.Footnotes;
        Assert.Equal(8, notes.Text.Size);
        Assert.Equal(template.Body.Text.Font, notes.Text.Font);
        Assert.Equal(template.Body.Align, notes.Align);
        Assert.Equal(template.Body.Text.Leading, notes.Gap);
        Assert.Equal(template.Page.TextWidth * 0.3, notes.RuleWidth, 6);
        Assert.True(notes.ReferenceScale is > 0 and < 1);
        Assert.True(notes.ReferenceRise > 0);
    }

    [Fact]
    public void A_rule_width_may_be_a_length()
    {
        var template = Read(Changed("rule-width: 30%", "rule-width: 1in"));
        Assert.Equal(72, template.Footnotes.RuleWidth, 6);
    }

    [Fact]
    public void A_rule_wider_than_the_text_is_an_error_at_its_line()
    {
        var text = Changed("rule-width: 30%", "rule-width: 130%");
        var line = text[..text.IndexOf("rule-width: 130%", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal($"{Display}:{line}:15: error PUB003: 'footnotes.rule-width': expected a rule no wider than the text, not '130%'",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_misspelt_key_suggests_the_nearest()
    {
        var text = Changed("  reference-rise: 0.35em", "  reference-raise: 0.35em");
        Assert.Contains("unknown key 'footnotes.reference-raise' (did you mean 'reference-rise'?)", Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_reference_size_of_zero_is_refused()
    {
        var text = Changed("reference-size: 0.7em", "reference-size: 0em");
        Assert.EndsWith("error PUB003: 'footnotes.reference-size': expected a size above zero, not '0em'", Expect.Failure(() => Read(text)));
    }
}
