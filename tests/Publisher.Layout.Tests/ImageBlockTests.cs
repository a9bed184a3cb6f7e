using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

public class ImageBlockTests
{
    private static ImageItem Image(BlockRows rows) => Assert.Single(rows.Rows[0].Items.OfType<ImageItem>());

    private static ParagraphBlock Caption(string text) =>
        new() { Runs = [new TextRun(text, TestFonts.Body(9))], Leading = 12, Align = Alignment.Center };

    [Fact]
    public void An_image_that_fits_keeps_its_natural_size_and_is_centred()
    {
        var block = new ImageBlock { Source = "a.png", Width = 100, Height = 50 };

        var image = Image(block.Layout(TestFonts.Context(), 300));

        Assert.Equal(new Rect(100, 0, 100, 50), image.Area);
        Assert.Equal("a.png", image.Source);
    }

    [Theory]
    [InlineData(Alignment.Left, 0)]
    [InlineData(Alignment.Right, 200)]
    public void The_template_can_set_a_narrow_image_to_either_side(Alignment align, double x)
    {
        var block = new ImageBlock { Source = "a.png", Width = 100, Height = 50, Align = align };
        Assert.Equal(x, Image(block.Layout(TestFonts.Context(), 300)).Area.X);
    }

    [Fact]
    public void A_wide_image_is_scaled_down_to_the_width_keeping_its_shape()
    {
        var block = new ImageBlock { Source = "a.png", Width = 600, Height = 300, LeftIndent = 20 };

        var image = Image(block.Layout(TestFonts.Context(), 320));

        Assert.Equal(new Rect(20, 0, 300, 150), image.Area);
    }

    [Fact]
    public void A_tall_image_shrinks_so_that_it_and_its_caption_fit_the_page_and_are_never_parted()
    {
        var block = new ImageBlock
        {
            Source = "a.png", Width = 200, Height = 1000, MaxHeight = 400, CaptionGap = 5,
            Caption = Caption("Figure 1. A caption long enough to take two lines in a narrow column of text."),
        };

        var rows = block.Layout(TestFonts.Context(), 250);

        var captionRows = rows.Rows.Skip(1).ToList();
        Assert.Equal(2, captionRows.Count);
        Assert.Equal(400, rows.Height, 0.01);
        var image = Image(rows).Area;
        Assert.Equal(400 - 5 - captionRows.Sum(r => r.Height), image.Height, 0.01);
        Assert.Equal(image.Height / 5, image.Width, 0.01);
        Assert.All(Enumerable.Range(1, rows.Count - 1), i => Assert.False(rows.CanBreakBefore(i)));
        // The caption's lines come after the image and the gap.
        Assert.Equal(image.Height + 5, rows.Rows[0].Height, 0.01);
        Assert.NotEmpty(captionRows[0].Items.OfType<GlyphRun>());
    }
}
