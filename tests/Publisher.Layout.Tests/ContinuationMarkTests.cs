using Publisher.Layout.Blocks;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

/// <summary>Wrapped code lines: a mark starts each continuation, and nothing crosses the margin.</summary>
public class ContinuationMarkTests
{
    private static FontFace Mono => FontLibrary.Shared.Load(Path.Combine(TestFonts.RepoRoot, "templates/fonts/NotoSansMono-Regular.ttf"));
    private static FontFace Math => FontLibrary.Shared.Load(Path.Combine(TestFonts.RepoRoot, "templates/fonts/NotoSansMath-Regular.ttf"));

    private static ParagraphBlock Code(string text) => new()
    {
        Runs = [new TextRun(text, new TextStyle(Mono, 8, 0x000000))],
        Leading = 11,
        Background = 0xEEEEEE,
        Padding = 4,
        ContinuationMark = new TextRun("\u21AA", new TextStyle(Math, 8, 0x777777)),
        ContinuationGap = 2,
    };

    [Fact]
    public void Only_lines_that_continue_a_wrapped_line_start_with_the_mark()
    {
        var longLine = "var result = Enumerable.Range(0, 100).Where(n => n % 3 == 0).Select(n => n * n).Sum();";
        var text = "short();\n" + longLine + "\nafter();";
        var rows = Code(text).Layout(TestFonts.Context(), 150).Rows;

        var lines = rows.Select(r => r.Items.OfType<GlyphRun>().ToList()).ToList();
        Assert.True(lines.Count >= 4, $"{lines.Count} lines");
        bool HasMark(List<GlyphRun> runs) => runs.Any(g => g.Text == "\u21AA");
        Assert.False(HasMark(lines[0]));            // short();
        Assert.False(HasMark(lines[1]));            // the long line's start: the author's own line
        Assert.All(lines.Skip(2).SkipLast(1), l => Assert.True(HasMark(l)));
        Assert.False(HasMark(lines[^1]));           // after(); follows the author's line break

        // The long line reads back whole, marks left out (spaces at a wrap are not drawn).
        Assert.Equal(longLine.Replace(" ", ""), string.Concat(lines.Skip(1).SkipLast(1).SelectMany(l => l)
            .Where(g => g.Text != "\u21AA").Select(g => g.Text)).Replace(" ", ""));
    }

    [Fact]
    public void The_mark_sits_at_the_text_start_and_the_continued_text_after_it_inside_the_padding()
    {
        var text = string.Concat(Enumerable.Repeat("abcdefghij", 30));
        var rows = Code(text).Layout(TestFonts.Context(), 120).Rows;
        Assert.True(rows.Count > 2);
        foreach (var row in rows.Skip(1))
        {
            var runs = row.Items.OfType<GlyphRun>().ToList();
            var mark = runs.Single(g => g.Text == "\u21AA");
            var code = runs.Single(g => g.Text != "\u21AA");
            Assert.Equal(4, mark.Left, 3);                  // the padding, where every line starts
            Assert.True(code.Left >= mark.Right + 2 - 0.01, "the code starts after the mark and its gap");
        }
        Assert.All(rows.SelectMany(r => r.Items.OfType<GlyphRun>()), g => Assert.InRange(g.Right, 4, 120 - 4 + 0.01));
    }

    [Fact]
    public void Without_a_mark_wrapped_lines_start_at_the_margin_as_before()
    {
        var block = Code(string.Concat(Enumerable.Repeat("abcdefghij", 30))) with { ContinuationMark = null };
        var rows = block.Layout(TestFonts.Context(), 120).Rows;
        Assert.All(rows, r => Assert.Equal(4, r.Items.OfType<GlyphRun>().Single().Left, 3));
    }
}
