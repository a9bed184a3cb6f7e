using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>template.yml's <c>figures:</c> section: read as written, sensible when left out, mistakes named.</summary>
public sealed class FigureTemplateTests : ShippedTemplateTests
{
    private const string ShippedFigures =
        "  caption: { font: serif, style: italic, size: 8.5pt, leading: 11.5pt, color: \"#4a4a4a\", align: center, space-before: 5pt }\n";
    [Fact]
    public void TheShipped_booklet_sets_figures_apart_with_a_small_italic_caption()
    {
        var figures = Read(Shipped).Figures;

        Assert.Equal(TextAlign.Center, figures.Align);
        Assert.Equal((10, 10), (figures.SpaceBefore, figures.SpaceAfter));
        Assert.Equal(8.5, figures.Caption.Text.Size);
        Assert.True(figures.Caption.Text.Italic);
        Assert.Equal(TextAlign.Center, figures.Caption.Align);
        Assert.Equal(5, figures.Caption.SpaceBefore);
    }

    [Fact]
    public void Left_out_a_figure_is_centred_with_a_line_of_space_and_a_caption_like_the_body()
    {
        var start = Shipped.IndexOf("figures:", StringComparison.Ordinal);
        var end = Shipped.IndexOf(ShippedFigures, StringComparison.Ordinal) + ShippedFigures.Length;
        var template = Read(Shipped[..start] + Shipped[end..]);

        var figures = template.Figures;
        Assert.Equal(TextAlign.Center, figures.Align);
        Assert.Equal(template.Body.Text.Leading, figures.SpaceBefore);
        Assert.Equal(template.Body.Text, figures.Caption.Text);
        Assert.Equal(template.Body.Text.Leading / 2, figures.Caption.SpaceBefore);
    }

    [Fact]
    public void A_caption_style_without_space_before_keeps_the_half_line_under_the_image()
    {
        var template = Read(Shipped.Replace(", align: center, space-before: 5pt }", ", align: center }"));
        Assert.Equal(template.Body.Text.Leading / 2, template.Figures.Caption.SpaceBefore);
    }

    [Theory]
    [InlineData("  align: center ", "  align: justify ",
        "error PUB003: 'figures.align': 'justify' is not one of left, center, right")]
    [InlineData("align: center, space-before: 5pt }", "align: center, space-after: 5pt }",
        "error PUB002: unknown key 'figures.caption.space-after' (did you mean 'space-before'?)")]
    public void A_mistake_in_figures_names_the_key(string from, string to, string message)
    {
        Assert.Contains(from, Shipped);
        var text = Shipped.Replace(from, to);
        Assert.Contains(message, Expect.Failure(() => Read(text)));
    }
}
