using Publisher.Core.Highlighting;
using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>template.yml's code.highlight: colours per kind of token, read and checked like every other key.</summary>
public sealed class HighlightTemplateTests : ShippedTemplateTests
{
    [Fact]
    public void TheShipped_booklet_colours_every_kind_and_comments_read_lighter_than_code()
    {
        var code = Read(Shipped).Code;
        Assert.Equal(TokenKinds.ByName.Values.Order(), code.Highlight.Keys.Order());
        Assert.Equal("#1f4e8c", code.Highlight[TokenKind.Keyword].Color);
        // Printed in greyscale, a comment must still stand apart from the code around it.
        Assert.True(Luminance(code.Highlight[TokenKind.Comment].Color) > Luminance(code.Block.Text.Color) + 0.1);
        Assert.All(code.Highlight.Values, s => Assert.True(Luminance(s.Color) < 0.35, $"{s.Color} is too pale on the tint"));
    }

    [Fact]
    public void A_kind_may_be_a_mapping_with_weight_and_style()
    {
        var code = Read(Changed("    keyword: \"#1f4e8c\"", "    keyword: { color: \"#112233\", weight: bold }")).Code;
        Assert.Equal(new TokenStyleSpec("#112233", true, false), code.Highlight[TokenKind.Keyword]);
        Assert.Equal(new TokenStyleSpec("#2b6a2f", false, false), code.Highlight[TokenKind.String]);
    }

    [Fact]
    public void Without_highlight_code_has_no_token_styles()
    {
        var start = Shipped.IndexOf("  highlight:", StringComparison.Ordinal);
        var end = Shipped.IndexOf("\nquote:", StringComparison.Ordinal);
        Assert.Empty(Read(Shipped[..start] + Shipped[end..]).Code.Highlight);
    }

    [Fact]
    public void An_unknown_kind_suggests_the_nearest()
    {
        var text = Changed("    keyword: \"#1f4e8c\"", "    keywords: \"#1f4e8c\"");
        Assert.EndsWith("error PUB002: unknown key 'code.highlight.keywords' (did you mean 'keyword'?)",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_bad_colour_names_the_key()
    {
        var text = Changed("    string: \"#2b6a2f\"", "    string: green");
        Assert.EndsWith("error PUB003: 'code.highlight.string': expected a colour written as #rrggbb, not 'green'",
            Expect.Failure(() => Read(text)));
    }

    /// <summary>Relative luminance (WCAG) of "#rrggbb", 0 black to 1 white.</summary>
    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
