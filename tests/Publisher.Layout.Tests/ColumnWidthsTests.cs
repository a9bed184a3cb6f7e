using Publisher.Layout.Blocks;
using Publisher.Layout.Breaking;
using Publisher.Layout.Text;
using Demand = Publisher.Layout.Blocks.ColumnWidths.Demand;

namespace Publisher.Layout.Tests;

public class ColumnWidthsTests
{
    [Fact]
    public void Min_content_is_the_widest_word_and_max_content_the_widest_forced_line()
    {
        var context = TestFonts.Context();
        double W(string s) => context.Shaper.Shape(TestFonts.Serif, 10, s).Advances.Sum();
        var glyphs = new ParagraphGlyphs([new TextRun("a quite extraordinary day\nshort", TestFonts.Body())], context.Shaper);
        var widths = ContentWidths.Of(glyphs);
        Assert.Equal(W("extraordinary"), widths.Min, 3);
        Assert.Equal(W("a quite extraordinary day"), widths.Max, 3);
    }

    [Fact]
    public void Columns_take_their_maximum_when_it_fits_and_share_the_rest_when_not()
    {
        double[] min = [20, 30, 10];
        double[] max = [20, 300, 50];
        Assert.Equal(max, ColumnWidths.Fit(min, max, 400));
        var squeezed = ColumnWidths.Fit(min, max, 200);
        Assert.Equal(200, squeezed.Sum(), 6);
        // A column that wants no more than its minimum gets no more; the others share.
        Assert.Equal(20, squeezed[0], 6);
        Assert.True(squeezed[1] > squeezed[2] * 3);
        // Not even the longest words fit: a column whose word fits an even share keeps it whole, the others share the rest.
        var crushed = ColumnWidths.Fit(min, max, 30);
        Assert.Equal([10, 10, 10], crushed.Select(w => Math.Round(w, 6)));
    }

    [Fact]
    public void When_one_column_holds_a_word_too_long_for_the_table_only_that_column_gives_way()
    {
        // "Word" and "Meaning" beside a word of 300 points in 100: the short words stay whole.
        double[] min = [20, 300, 10];
        var widths = ColumnWidths.Fit(min, [40, 300, 30], 100);
        Assert.Equal([20, 70, 10], widths.Select(w => Math.Round(w, 6)));
    }

    [Fact]
    public void A_spanning_cell_widens_its_columns_only_by_what_they_lack_together()
    {
        var (min, max) = ColumnWidths.Combine(3, [
            new Demand(0, 1, 10, 40), new Demand(1, 1, 10, 20), new Demand(2, 1, 5, 5),
            new Demand(0, 2, 30, 90), // wider than columns 0 and 1 together at their maximum (60)
            new Demand(1, 2, 10, 10), // narrower than columns 1 and 2 already are: no effect
        ]);
        // Columns 0 and 1 lack 10 together; they share it 2:1, as their maximum widths stand.
        Assert.Equal([16.667, 13.333, 5], min.Select(w => Math.Round(w, 3)));
        Assert.Equal(90, max[0] + max[1], 6);
        Assert.Equal(60, max[0], 6);
        Assert.Equal(5, max[2]);
    }
}
