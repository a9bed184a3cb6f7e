using Publisher.Layout.Blocks;
using Publisher.Layout.Breaking;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;
using Xunit.Abstractions;

namespace Publisher.Layout.Tests;

public class TotalFitTests(ITestOutputHelper output)
{
    private static ParagraphBlock Paragraph(string text, LineBreaking breaking = LineBreaking.TotalFit) =>
        new() { Runs = [new TextRun(text, TestFonts.Body())], Leading = 14, Align = Alignment.Justify, LineBreaking = breaking };

    private static List<(double Left, double Right, string Text)> Lines(ParagraphBlock block, double width) =>
        block.Layout(TestFonts.Context(), width).Rows.Select(r =>
        {
            var runs = r.Items.OfType<GlyphRun>().ToList();
            return (runs.Min(g => g.Left), runs.Max(g => g.Right), string.Concat(runs.Select(g => g.Text)));
        }).ToList();

    private static ParagraphGlyphs Glyphs(string text) =>
        new([new TextRun(text, TestFonts.Body())], TestFonts.Context().Shaper);

    /// <summary>The widest inter-word space of a breaking, as a share of the spaces' stretch (the last line aside).</summary>
    private static double WorstStretch(ParagraphGlyphs glyphs, List<LineSpan> lines, double width) =>
        lines.Where(l => !l.Last).Select(l => TotalFitLineBreaker.Ratio(glyphs, l.Start, l.Next, width, last: false))
            .DefaultIfEmpty(0).Max();

    private static IEnumerable<string> KhojalyParagraphs() =>
        File.ReadAllLines(Path.Combine(TestFonts.RepoRoot, "content/khojaly/khojaly.md"))
            .Where(l => l.Length > 200 && !l.StartsWith('#'));

    [Fact]
    public void Total_fit_evens_out_the_spaces_of_the_khojaly_paragraphs()
    {
        const double width = 280;
        double firstFitWorst = 0, totalFitWorst = 0;
        var paragraphs = 0;
        foreach (var text in KhojalyParagraphs())
        {
            var glyphs = Glyphs(text);
            var breaks = BreakOpportunities.Find(glyphs.Text);
            var firstFit = LineBreaker.Break(glyphs, breaks, _ => width);
            var totalFit = TotalFitLineBreaker.Break(glyphs, breaks, _ => width);
            foreach (var line in totalFit)
                Assert.True(glyphs.Width(line.Start, line.End) <= width + width * 0.1, "a line is never more than its shrink over");
            Assert.Equal(text, string.Concat(totalFit.Select(l => glyphs.Text[glyphs.CharIndex[l.Start]..glyphs.CharEnd(l.Next)])));
            firstFitWorst = Math.Max(firstFitWorst, WorstStretch(glyphs, firstFit, width));
            totalFitWorst = Math.Max(totalFitWorst, WorstStretch(glyphs, totalFit, width));
            paragraphs++;
        }
        output.WriteLine($"{paragraphs} paragraphs at {width}pt: worst stretch ratio first-fit {firstFitWorst:F3}, total-fit {totalFitWorst:F3}");
        Assert.True(paragraphs >= 5);
        Assert.True(totalFitWorst < firstFitWorst, $"total-fit {totalFitWorst:F3} vs first-fit {firstFitWorst:F3}");
    }

    [Theory]
    [InlineData(150)]
    [InlineData(250)]
    [InlineData(400)]
    public void Justified_total_fit_lines_end_exactly_at_the_margin_and_read_back_in_order(double width)
    {
        foreach (var text in KhojalyParagraphs().Append(TestFonts.Words(300)))
        {
            var lines = Lines(Paragraph(text), width);
            foreach (var line in lines)
                Assert.True(line.Right <= width + 0.01, $"line ends at {line.Right} past {width}");
            foreach (var line in lines.SkipLast(1))
                Assert.Equal(width, line.Right, 1);
            Assert.Equal(text, string.Join(" ", lines.Select(l => l.Text.TrimEnd())));
        }
    }

    [Fact]
    public void Forced_breaks_end_lines()
    {
        var lines = Lines(Paragraph("first line\nsecond line\n" + TestFonts.Words(60)), 250);
        Assert.Equal("first line", lines[0].Text);
        Assert.Equal("second line", lines[1].Text);
        Assert.True(lines[0].Right < 150, "a line ended by a forced break is not stretched");
        Assert.Equal(TestFonts.Words(60), string.Join(" ", lines.Skip(2).Select(l => l.Text.TrimEnd())));
    }

    [Fact]
    public void A_word_longer_than_the_line_falls_back_to_first_fit_and_is_cut()
    {
        var word = string.Concat(Enumerable.Repeat("Donaudampfschifffahrt", 12));
        var lines = Lines(Paragraph($"Before {word} after."), 150);
        Assert.All(lines, l => Assert.True(l.Right <= 150.01, $"line ends at {l.Right}"));
        Assert.Equal($"Before{word}after.", string.Concat(lines.Select(l => l.Text)).Replace(" ", ""));
        Assert.True(lines.Count >= 4);
    }

    [Fact]
    public void Total_fit_may_shrink_spaces_to_keep_a_word_on_the_line()
    {
        // Somewhere in these widths a line fits only by shrinking its spaces; none may end past the margin.
        var shrunk = false;
        for (var width = 200.0; width < 260; width += 1)
        {
            var glyphs = Glyphs(TestFonts.Words(120));
            var lines = TotalFitLineBreaker.Break(glyphs, BreakOpportunities.Find(glyphs.Text), _ => width);
            foreach (var line in lines.Where(l => !l.Last))
            {
                var ratio = TotalFitLineBreaker.Ratio(glyphs, line.Start, line.Next, width, last: false);
                Assert.True(ratio >= -1 - 1e-9, $"ratio {ratio}");
                shrunk |= ratio < 0;
            }
        }
        Assert.True(shrunk);
    }
}
