using Publisher.Layout.Blocks;
using Publisher.Layout.Breaking;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests.Scripts;

/// <summary>Chinese and Japanese have no spaces: justified lines reach the margin by spacing their characters.</summary>
public sealed class CjkJustificationTests
{
    // From Pro Git's Chinese translation (CC BY-NC-SA 3.0), chapter 1.
    private const string Chinese =
        "有人把 Git 的这种方式比作是对数据的快照，在每次提交更新或保存项目状态时，它主要对当时的全部文件制作一个快照并保存这个快照的索引。" +
        "为了高效，如果文件没有修改，Git 不再重新存储该文件，而是只保留一个链接指向之前存储的文件。Git 对待数据更像是一个快照流。";

    private static List<GlyphRun[]> Lines(Alignment align, LineBreaking breaking, double width)
    {
        var block = new ParagraphBlock
        {
            Runs = [new TextRun(Chinese, TestFonts.Body())], Leading = 15, Align = align, LineBreaking = breaking,
        };
        var context = new LayoutContext(new Shaping.TextShaper("zh"), new FontFallback([], SystemFallback.Installed, "zh"));
        return block.Layout(context, width).Rows.Select(r => r.Items.OfType<GlyphRun>().ToArray()).ToList();
    }

    [Theory]
    [InlineData(LineBreaking.TotalFit, 200.0)]
    [InlineData(LineBreaking.FirstFit, 200.0)]
    [InlineData(LineBreaking.TotalFit, 157.3)]
    public void Every_line_of_a_justified_chinese_paragraph_but_the_last_ends_at_the_margin(LineBreaking breaking, double width)
    {
        var lines = Lines(Alignment.Justify, breaking, width);
        Assert.True(lines.Count > 3);
        foreach (var line in lines.SkipLast(1))
        {
            Assert.InRange(line.Max(r => r.Right), width - 0.5, width + 0.5);
            Assert.InRange(line.Min(r => r.Left), -0.01, 0.5);
        }
        Assert.True(lines[^1].Max(r => r.Right) < width - 5, "the last line stays short");
    }

    [Fact]
    public void No_line_starts_with_closing_punctuation_or_ends_with_opening_punctuation()
    {
        foreach (var width in Enumerable.Range(0, 40).Select(i => 120 + i * 3.7))
        {
            foreach (var line in Lines(Alignment.Justify, LineBreaking.TotalFit, width))
            {
                var text = string.Concat(line.Select(r => r.Text)).Trim();
                Assert.DoesNotContain(text[0], "，。、；：？！）」』》");
                Assert.DoesNotContain(text[^1], "（「『《");
            }
        }
    }
}

/// <summary>With body.cjk-emphasis: dots, emphasised CJK letters get a dot each, centred under (or over) them.</summary>
public sealed class EmphasisDotsTests
{
    [Theory]
    [InlineData(EmphasisDots.Under)]
    [InlineData(EmphasisDots.Over)]
    public void Each_emphasised_letter_gets_a_dot_centred_beside_it_and_punctuation_none(EmphasisDots where)
    {
        var italic = FontLibrary.Shared.Load(Path.Combine(TestFonts.RepoRoot, "templates/fonts/NotoSerif-Italic.ttf"));
        var block = new ParagraphBlock
        {
            Runs = [new TextRun("书是", TestFonts.Body()), new TextRun("跨越世纪，", new TextStyle(italic, 10, 0) { EmphasisDots = where })],
            Leading = 15,
        };
        var context = new LayoutContext(new Shaping.TextShaper("zh"), new FontFallback([], SystemFallback.Installed, "zh"));
        var items = block.Layout(context, 300).Rows.Single().Items;
        var text = items.OfType<GlyphRun>().Single(r => r.Text == "跨越世纪，");
        var dots = items.OfType<GlyphRun>().Single(r => r.Text.All(c => c == '\u2022'));
        Assert.Equal(4, dots.Glyphs.Length);
        Assert.Same(Structure.StructureElement.Artifact, dots.Element);
        // The emphasised letters stay upright and regular: the dots show the emphasis.
        Assert.False(text.Face.Description.Italic);
        Assert.False(text.Face.Description.Bold);
        Assert.True(where == EmphasisDots.Under ? dots.Baseline > text.Baseline : dots.Baseline < text.Baseline - 8);
        for (var i = 0; i < 4; i++)
        {
            var centre = text.X[i] + 5; // each ideograph is an em (10 pt) wide
            var ink = dots.Face.Font.TryGetGlyphExtents(dots.Glyphs[i], out var e) ? (e.XBearing + e.Width / 2.0) * dots.Size / dots.Face.UnitsPerEm : 0;
            Assert.InRange(dots.X[i] + ink, centre - 0.5, centre + 0.5);
        }
    }
}
