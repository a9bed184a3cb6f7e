using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>template.yml's table section: the shipped values, the defaults, and mistakes named with line and key.</summary>
public sealed class TableTemplateTests : ShippedTemplateTests
{
    /// <summary>The shipped template without its table section.</summary>
    private string WithoutTable()
    {
        var start = Shipped.IndexOf("\ntable:", StringComparison.Ordinal);
        var end = Shipped.IndexOf("\ntitle-page:", StringComparison.Ordinal);
        return Shipped[..start] + Shipped[end..];
    }

    [Fact]
    public void The_booklet_sets_tables_a_little_smaller_than_the_body_with_light_rules()
    {
        var table = Read(Shipped).Table;
        Assert.Equal(9, table.Text.Size, 6);       // 0.9em of the 10pt body
        Assert.Equal(11.7, table.Text.Leading, 6); // 1.3em of the table's 9pt
        Assert.Equal("serif", table.Text.Font);
        Assert.True(table.HeaderBold);
        Assert.Equal((2.5, 5.0), (table.PaddingVertical, table.PaddingHorizontal));
        Assert.Equal("#4a4a4a", table.RuleColor);
        Assert.Equal((0.6, 0.4), (table.RuleThickness, table.HeaderRuleThickness));
        Assert.Equal(6.5, table.MinSize);
        Assert.Equal((8.0, 8.0), (table.SpaceBefore, table.SpaceAfter));
    }

    [Fact]
    public void Without_a_table_section_tables_take_the_body_text_and_neutral_rules()
    {
        var template = Read(WithoutTable());
        var table = template.Table;
        Assert.Equal(template.Body.Text, table.Text);
        Assert.True(table.HeaderBold);
        Assert.Equal(template.Body.Text.Color, table.RuleColor);
        Assert.Equal(0.5, table.RuleThickness);
        Assert.Equal(7.5, table.MinSize, 6);
        Assert.Equal((2.0, 5.0), (table.PaddingVertical, table.PaddingHorizontal));
    }

    [Fact]
    public void One_padding_length_serves_all_four_sides()
    {
        var table = Read(Changed("padding: 2.5pt 5pt", "padding: 0.5em")).Table;
        Assert.Equal((4.5, 4.5), (table.PaddingVertical, table.PaddingHorizontal));
    }

    [Theory]
    [InlineData("padding: 2.5pt 5pt", "padding: 1pt 2pt 3pt", "'table.padding': expected one length, or two")]
    [InlineData("min-size: 6.5pt", "min-size: 12pt", "'table.min-size': expected a size above zero and at most the table's 9pt")]
    [InlineData("header-weight: bold", "header-weight: heavy", "'table.header-weight': 'heavy' is not one of normal, bold")]
    [InlineData("rule-thickness: 0.6pt", "rule-thickness: -1pt", "'table.rule-thickness': expected a length of zero or more")]
    [InlineData("rule-color: \"#4a4a4a\"", "rule-color: grey", "'table.rule-color': expected a colour written as #rrggbb")]
    public void A_bad_table_value_is_named_with_its_line_and_key(string from, string to, string message)
    {
        var text = Changed(from, to);
        var line = text[..text.IndexOf(to, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var error = Expect.Failure(() => Read(text));
        Assert.StartsWith($"{Display}:{line}:", error);
        Assert.Contains("error PUB003: " + message, error);
    }

    [Fact]
    public void An_unknown_table_key_suggests_the_nearest()
    {
        var error = Expect.Failure(() => Read(Changed("header-weight: bold", "header-wieght: bold")));
        Assert.Contains("unknown key 'table.header-wieght' (did you mean 'header-weight'?)", error);
    }
}
