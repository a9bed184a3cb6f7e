using Publisher.Layout.Breaking;
using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

public class LineBreakingTests
{
    private static List<(double Left, double Right, string Text)> Lines(ParagraphBlock block, double width)
    {
        var rows = block.Layout(TestFonts.Context(), width);
        return rows.Rows.Select(r =>
        {
            var runs = r.Items.OfType<GlyphRun>().ToList();
            return (runs.Min(g => g.Left), runs.Max(g => g.Right), string.Concat(runs.Select(g => g.Text)));
        }).ToList();
    }

    private static ParagraphBlock Paragraph(string text, Alignment align = Alignment.Justify) =>
        new() { Runs = [new TextRun(text, TestFonts.Body())], Leading = 14, Align = align };

    [Fact]
    public void Justified_lines_fill_the_measure_and_the_last_line_is_ragged()
    {
        var lines = Lines(Paragraph(TestFonts.Words(120)), 250);
        Assert.True(lines.Count > 5);
        foreach (var line in lines.SkipLast(1))
        {
            Assert.Equal(0, line.Left, 2);
            Assert.Equal(250, line.Right, 1);
        }
        Assert.True(lines[^1].Right < 245);
    }

    [Fact]
    public void Each_line_that_goes_on_ends_with_the_space_it_was_broken_at_so_its_words_read_apart()
    {
        // A reader that joins the lines' text (the tagged PDF's structure, a screen reader) must not get "oneparsed".
        var text = TestFonts.Words(300);
        var lines = Lines(Paragraph(text), 200);
        Assert.True(lines.Count > 3);
        Assert.All(lines.SkipLast(1), line => Assert.EndsWith(" ", line.Text));
        Assert.DoesNotContain("  ", string.Concat(lines.Select(l => l.Text)));
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void Every_word_comes_back_in_order()
    {
        var text = TestFonts.Words(300);
        var lines = Lines(Paragraph(text), 200);
        Assert.Equal(text, string.Join(" ", lines.Select(l => l.Text.TrimEnd())));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_and_never_overflows()
    {
        var word = string.Concat(Enumerable.Repeat("Donaudampfschifffahrt", 12));
        var lines = Lines(Paragraph($"Before {word} after.", Alignment.Left), 150);
        Assert.All(lines, l => Assert.True(l.Right <= 150.01, $"line ends at {l.Right}"));
        Assert.Equal($"Before{word}after.", string.Concat(lines.Select(l => l.Text)).Replace(" ", ""));
        Assert.True(lines.Count >= 4);
    }

    [Fact]
    public void Hard_line_breaks_end_lines()
    {
        var lines = Lines(Paragraph("first line\nsecond line\nthird", Alignment.Justify), 400);
        Assert.Equal(["first line", "second line", "third"], lines.Select(l => l.Text));
        Assert.True(lines[0].Right < 200, "a line ended by a hard break is not stretched");
    }

    [Fact]
    public void Compound_words_are_not_split_at_their_hyphen()
    {
        var text = string.Join(" ", Enumerable.Repeat("non-governmental", 30));
        var lines = Lines(Paragraph(text), 180);
        Assert.All(lines, l => Assert.DoesNotMatch(@"-$", l.Text));
        Assert.DoesNotContain(BreakOpportunities.Find("a 40-character checksum"), b => b.Index == "a 40-".Length);
    }

    [Fact]
    public void Centered_and_right_aligned_lines_sit_where_asked()
    {
        var right = Lines(Paragraph("short", Alignment.Right), 300).Single();
        Assert.Equal(300, right.Right, 1);
        var centre = Lines(Paragraph("short", Alignment.Center), 300).Single();
        Assert.Equal(300 - centre.Right, centre.Left, 1);
    }

    [Fact]
    public void A_right_to_left_paragraph_with_combining_marks_breaks_into_lines_in_the_texts_order()
    {
        // Pro Git's Arabic chapters stopped the build here: HarfBuzz returns a right-to-left run in visual
        // order, and a line taken from it had a negative length of text. Vowel marks make clusters of two.
        var text = string.Join(' ', Enumerable.Repeat("نِظَامُ إِدَارَةِ النُّسَخِ يُسَجِّلُ التَّغْيِيرَاتِ", 6));
        var lines = Lines(Paragraph(text), 150);

        Assert.True(lines.Count > 3);
        Assert.Equal(text, string.Join(" ", lines.Select(l => l.Text.TrimEnd())));
        Assert.All(lines, l => Assert.True(l.Left >= -0.01 && l.Right <= 150.01, $"line runs from {l.Left} to {l.Right}"));
        // Each line's run is drawn in visual order, as HarfBuzz positioned it: the text's first character rightmost.
        foreach (var row in Paragraph(text).Layout(TestFonts.Context(), 150).Rows)
        {
            var run = row.Items.OfType<GlyphRun>().Single();
            var (first, last) = (Array.IndexOf(run.Clusters, run.Clusters.Min()), Array.IndexOf(run.Clusters, run.Clusters.Max()));
            Assert.True(run.X[first] > run.X[last], $"first cluster at x={run.X[first]}, last at x={run.X[last]}");
        }
    }
}
