using Publisher.Layout.Blocks;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests.Scripts;

/// <summary>Devanagari is set as HarfBuzz shapes it: conjuncts as one form, the vowel sign i before its consonant.</summary>
public sealed class DevanagariTests
{
    private static GlyphRun Set(string text)
    {
        var block = new ParagraphBlock { Runs = [new TextRun(text, TestFonts.Body())], Leading = 15 };
        var context = new LayoutContext(new Shaping.TextShaper("hi"), new FontFallback([], SystemFallback.Installed, "hi"));
        return block.Layout(context, 300).Rows.Single().Items.OfType<GlyphRun>().Single(r => r.Text.Contains(text.Trim()));
    }

    [Theory]
    [InlineData("क्ष")]   // ka + virama + ssa
    [InlineData("त्र")]   // ta + virama + ra
    [InlineData("ज्ञ")]   // ja + virama + nya
    public void A_conjunct_is_one_glyph_as_harfbuzz_shapes_it(string conjunct)
    {
        var run = Set(conjunct);
        var shaped = new Shaping.TextShaper("hi").Shape(run.Face, run.Size, conjunct);
        Assert.Equal("Noto Serif Devanagari", run.Face.Description.Family);
        Assert.Equal(shaped.Glyphs, run.Glyphs);
        Assert.Single(run.Glyphs);
        Assert.Equal(conjunct, run.Text);
    }

    [Fact]
    public void The_vowel_sign_i_stands_before_the_consonant_it_follows_in_the_text()
    {
        var run = Set("कि");
        Assert.Equal(2, run.Glyphs.Length);
        // The vowel sign (U+093F) comes second in the text and is drawn first: the consonant's glyph is the second.
        var ka = run.Face.Font.TryGetGlyph(0x0915, out var g) ? (ushort)g : (ushort)0;
        Assert.NotEqual(0, ka);
        Assert.Equal(ka, run.Glyphs[1]);
        Assert.NotEqual(ka, run.Glyphs[0]);
        Assert.True(run.X[0] < run.X[1]);
    }
}
