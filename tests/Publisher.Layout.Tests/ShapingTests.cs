namespace Publisher.Layout.Tests;

public class ShapingTests
{
    [Fact]
    public void Ligature_fi_is_one_glyph_whose_cluster_covers_both_letters()
    {
        var shaped = TestFonts.Context().Shaper.Shape(TestFonts.Serif, 10, "fish");
        // Noto Serif has an fi ligature: four letters, three glyphs.
        Assert.Equal(3, shaped.Count);
        Assert.Equal([0, 2, 3], shaped.Clusters);
    }

    [Fact]
    public void Kerning_is_applied()
    {
        var shaper = TestFonts.Context().Shaper;
        var pair = shaper.Shape(TestFonts.Serif, 100, "AV").Advances.Sum();
        var apart = shaper.Shape(TestFonts.Serif, 100, "A").Advances.Sum() + shaper.Shape(TestFonts.Serif, 100, "V").Advances.Sum();
        Assert.True(pair < apart - 1, $"AV should be kerned tighter: {pair} vs {apart}");
    }
}
