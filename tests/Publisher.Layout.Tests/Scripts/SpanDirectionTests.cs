using Publisher.Layout.Blocks;
using Publisher.Layout.Inline;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests.Scripts;

/// <summary>A span set in its own direction is ordered as if isolated (RLI…PDI), and the text around it keeps its own.</summary>
public sealed class SpanDirectionTests
{
    private static readonly TextStyle Body = TestFonts.Body();

    [Fact]
    public void A_right_to_left_span_is_raised_to_an_isolates_levels()
    {
        // Latin inside a right-to-left isolate stays one left-to-right run (level 2); Hebrew inside it is at level 1.
        var (runs, levels) = BidiRuns.Split(
            [new TextRun("left: ", Body), new TextRun("abc 123 שלום", Body with { RightToLeft = true }), new TextRun(" done.", Body)],
            rightToLeft: false);
        Assert.Equal(["left: ", "abc 123", " שלום", " done."], runs.Select(r => r.Text));
        Assert.Equal([0, 2, 1, 0], levels.Select(l => (int)l));
    }

    [Fact]
    public void In_a_right_to_left_span_the_hebrew_word_stands_left_of_the_latin_ones_and_the_text_after_it_follows()
    {
        var block = new ParagraphBlock
        {
            Runs = [new TextRun("left: ", Body), new TextRun("abc שלום", Body with { RightToLeft = true }), new TextRun(" done.", Body)],
            Leading = 14,
        };
        var runs = block.Layout(TestFonts.Context(), 400).Rows.Single().Items.OfType<GlyphRun>().ToList();
        var latin = runs.Single(r => r.Text.Contains("abc"));
        var hebrew = runs.Single(r => r.Text.Contains("שלום"));
        var after = runs.Single(r => r.Text.Contains("done"));
        Assert.True(hebrew.Right <= latin.Left + 0.01, "right to left, the span's second word stands left of its first");
        Assert.True(after.Left >= Math.Max(latin.Right, hebrew.Right) - 0.01, "what follows the span stands after it");
        Assert.False(after.RightToLeft);
    }
}
