using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

public class TableLayoutTests
{
    // A5 with the booklet's margins: a text width of 323.5 pt.
    private static readonly PageGeometry A5 = new(419.53, 595.28, 48, 57, 54, 42, Facing: true);
    private const double Width = 323.53;

    private static readonly TableStyle Style = new()
    {
        Leading = 12, PaddingX = 5, PaddingY = 2, RuleThickness = 0.6, HeaderRuleThickness = 0.4, MinScale = 0.7,
    };

    private static TextRun Run(string text, bool bold = false) =>
        new(text, new TextStyle(bold ? TestFonts.SerifBold : TestFonts.Serif, 9, 0));

    private static TableBlockRow Row(params string[] cells) =>
        new(cells.Select((c, i) => new TableBlockCell(i, [Run(c)])).ToList());

    private static TableBlockRow Header(params string[] cells) =>
        new(cells.Select((c, i) => new TableBlockCell(i, [Run(c, bold: true)])).ToList(), IsHeader: true);

    private static TableBlock Table(IReadOnlyList<Alignment> columns, params TableBlockRow[] rows) =>
        new() { Columns = columns, Rows = rows, Style = Style };

    /// <summary>The glyph runs of laid-out rows at their place in the block, as the paginator would stack them.</summary>
    private static List<GlyphRun> Runs(BlockRows rows)
    {
        var result = new List<GlyphRun>();
        var y = 0.0;
        foreach (var row in rows.Rows)
        {
            result.AddRange(row.Items.OfType<GlyphRun>().Select(g => (GlyphRun)g.Offset(0, y)));
            y += row.Height;
        }
        return result;
    }

    /// <summary>Text in reading order: lines top to bottom, runs left to right, one space between runs.</summary>
    private static string Read(IEnumerable<GlyphRun> runs) => string.Join(" ", runs
        .GroupBy(g => Math.Round(g.Baseline, 1)).OrderBy(l => l.Key)
        .SelectMany(l => l.OrderBy(g => g.Left)).Select(g => g.Text.TrimEnd()));

    [Fact]
    public void Cells_read_back_row_by_row_left_to_right()
    {
        var table = Table([Alignment.Left, Alignment.Right, Alignment.Center],
            Header("Fruit", "Count", "Note"), Row("apple", "3", "red"), Row("pear", "15", "green"));
        var rows = table.Layout(TestFonts.Context(), Width);
        Assert.Equal("Fruit Count Note apple 3 red pear 15 green", Read(Runs(rows)));
        // One row per table row, plus the top rule, the header rule and the bottom rule.
        Assert.Equal(6, rows.Count);
        Assert.Equal(3, rows.Rows.SelectMany(r => r.Items).OfType<RuleItem>().Count());
    }

    [Fact]
    public void A_right_aligned_column_shares_a_right_edge_and_a_centred_one_a_centre()
    {
        var table = Table([Alignment.Left, Alignment.Right, Alignment.Center],
            Header("Item", "Price", "Grade"), Row("tea", "1.50", "A"), Row("coffee", "12.25", "B+"), Row("water", "0.4", "excellent"));
        var runs = Runs(table.Layout(TestFonts.Context(), Width));
        var prices = runs.Where(g => g.Text is "Price" or "1.50" or "12.25" or "0.4").ToList();
        Assert.Equal(4, prices.Count);
        Assert.All(prices, g => Assert.Equal(prices[0].Right, g.Right, 2));
        Assert.NotEqual(prices[0].Left, prices[1].Left, 1);
        var grades = runs.Where(g => g.Text is "Grade" or "A" or "B+" or "excellent").ToList();
        Assert.All(grades, g => Assert.Equal((grades[0].Left + grades[0].Right) / 2, (g.Left + g.Right) / 2, 2));
    }

    [Fact]
    public void A_narrow_column_keeps_its_natural_width_while_a_long_one_wraps()
    {
        var prose = TestFonts.Words(60);
        var table = Table([Alignment.Left, Alignment.Left, Alignment.Right],
            Header("Id", "Description", "Qty"), Row("A-1", prose, "7"), Row("B-22", "short", "12"));
        var context = TestFonts.Context();
        var runs = Runs(table.Layout(context, Width));

        // The first column is as wide as its widest text ("B-22") plus padding on both sides,
        // so the second column's text starts right after it.
        var idWidth = Math.Max(Advance(context, "B-22"), Advance(context, "A-1"));
        var descriptionLeft = runs.Single(g => g.Text == "Description").Left;
        Assert.Equal(5 + idWidth + 5 + 5, descriptionLeft, 2);
        // The description takes the rest of the width and wraps, its words in order.
        var lines = runs.Where(g => Math.Abs(g.Left - descriptionLeft) < 0.01).OrderBy(g => g.Baseline).Select(g => g.Text.TrimEnd()).ToList();
        Assert.Equal("Description " + prose + " short", string.Join(" ", lines));
        Assert.True(lines.Count > 5, $"the description takes {lines.Count} lines");
        // The quantity column is as wide as "Qty" and ends at the text's right edge.
        var qty = runs.Single(g => g.Text == "Qty");
        Assert.Equal(Width - 5, qty.Right, 2);
        Assert.Equal(Width - 5 - Advance(context, "Qty", bold: true), qty.Left, 2);
        Assert.All(runs, g => Assert.InRange(g.Right, 0, Width + 0.01));
    }

    [Fact]
    public void A_table_that_fits_is_as_wide_as_its_content_not_the_text()
    {
        var table = Table([Alignment.Left, Alignment.Right], Header("Fruit", "Count"), Row("apple", "3"));
        var rows = table.Layout(TestFonts.Context(), Width);
        var rule = rows.Rows[0].Items.OfType<RuleItem>().Single();
        Assert.Equal(0, rule.X1, 2);
        Assert.InRange(rule.X2, 40, 120);
    }

    [Fact]
    public void A_table_wider_than_the_text_shrinks_its_text_and_then_cuts_words_inside_the_width()
    {
        var word = "Nichtregierungsorganisationen";
        var columns = Enumerable.Repeat(Alignment.Left, 9).ToList();
        var cells = Enumerable.Range(0, 9).Select(i => $"{word}{i}").ToArray();
        var table = Table(columns, Header(cells), Row(cells), Row(cells));
        var runs = Runs(table.Layout(TestFonts.Context(), Width));

        Assert.All(runs, g =>
        {
            Assert.InRange(g.Left, -0.01, Width + 0.01);
            Assert.InRange(g.Right, -0.01, Width + 0.01);
            Assert.Equal(9 * Style.MinScale, g.Size, 3);
        });
        // Every letter is still there, in order, though words are cut over lines.
        var cellTexts = string.Join("", runs.Where(g => g.Left < 30).OrderBy(g => g.Baseline).Select(g => g.Text));
        Assert.Equal(word + "0" + word + "0" + word + "0", cellTexts);
    }

    [Fact]
    public void A_slightly_wide_table_shrinks_just_enough_to_keep_its_words_whole()
    {
        var columns = Enumerable.Repeat(Alignment.Left, 4).ToList();
        var cells = new[] { "Internationalisation", "Characteristically", "Incomprehensibilities", "Counterrevolutionaries" };
        var table = Table(columns, Row(cells));
        var runs = Runs(table.Layout(TestFonts.Context(), Width));
        Assert.Equal(4, runs.Count);
        Assert.Equal(cells, runs.OrderBy(g => g.Left).Select(g => g.Text));
        Assert.InRange(runs[0].Size, 9 * Style.MinScale, 8.99);
        Assert.Equal(Width - 5 * runs[0].Size / 9, runs.Max(g => g.Right), 1);
    }

    [Fact]
    public void A_long_table_repeats_its_header_on_every_page_it_continues_on()
    {
        var rows = new List<TableBlockRow> { Header("Number", "Square") };
        rows.AddRange(Enumerable.Range(1, 120).Select(n => Row($"n{n}", $"sq{n * n}")));
        var table = Table([Alignment.Left, Alignment.Right], [.. rows]);
        var pages = new Paginator(TestFonts.Context(), A5).Paginate([table]);

        Assert.InRange(pages.Count, 3, 6);
        var body = new List<string>();
        foreach (var page in pages)
        {
            var lines = page.Items.OfType<GlyphRun>().GroupBy(g => g.Baseline).OrderBy(l => l.Key)
                .Select(l => string.Join(" ", l.OrderBy(g => g.Left).Select(g => g.Text.TrimEnd()))).ToList();
            Assert.Equal("Number Square", lines[0]);
            body.AddRange(lines.Skip(1));
            // Each page's part of the table is closed by a rule, and opened by one above the header.
            var rules = page.Items.OfType<RuleItem>().OrderBy(r => r.Y1).ToList();
            Assert.Equal(3, rules.Count);
            Assert.True(rules[^1].Y1 > page.Items.OfType<GlyphRun>().Max(g => g.Baseline));
            Assert.True(rules[^1].Y1 <= page.TextArea.Bottom);
        }
        Assert.Equal(Enumerable.Range(1, 120).Select(n => $"n{n} sq{n * n}"), body);
    }

    [Fact]
    public void A_table_that_moves_to_a_new_page_does_not_leave_its_header_behind()
    {
        var lineCount = (int)(A5.TextHeight / 14);
        var filler = new SpaceBlock((lineCount - 2) * 14);
        var table = Table([Alignment.Left], Header("Head"), Row("one"), Row("two"), Row("three"));
        var pages = new Paginator(TestFonts.Context(), A5).Paginate([filler, table]);
        // Room for the header alone at the foot of page 1, but not with a body row: all moves.
        Assert.Empty(pages[0].Items);
        Assert.Equal(["Head", "one", "two", "three"], pages[1].Items.OfType<GlyphRun>().Select(g => g.Text));
    }

    [Fact]
    public void A_row_taller_than_a_page_continues_on_the_next_under_the_repeated_header()
    {
        var prose = TestFonts.Words(1500);
        var table = Table([Alignment.Left, Alignment.Left], Header("Term", "Meaning"), Row("everything", prose), Row("after", "the end"));
        var pages = new Paginator(TestFonts.Context(), A5).Paginate([table]);

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        var meaning = new List<string>();
        foreach (var page in pages)
        {
            var runs = page.Items.OfType<GlyphRun>().ToList();
            Assert.All(runs, g => Assert.InRange(g.Baseline, page.TextArea.Y, page.TextArea.Bottom));
            var first = runs.Where(g => g.Baseline == runs.Min(r => r.Baseline)).OrderBy(g => g.Left).Select(g => g.Text);
            Assert.Equal(["Term", "Meaning"], first);
            var column = runs.Single(g => g.Text == "Meaning").Left;
            meaning.AddRange(runs.Where(g => g.Text != "Meaning" && Math.Abs(g.Left - column) < 0.01).Select(g => g.Text.TrimEnd()));
        }
        Assert.Equal(prose + " the end", string.Join(" ", meaning));
        Assert.Single(pages, p => p.Items.OfType<GlyphRun>().Any(g => g.Text == "everything"));
    }

    [Fact]
    public void A_row_of_three_lines_is_never_cut()
    {
        var rows = Table([Alignment.Left], Header("Head"), Row("one"), Row("a\nb\nc"), Row("last"))
            .Layout(TestFonts.Context(), Width);
        // Rows: top rule, header, header rule, "one", the three lines a b c, "last", bottom rule.
        // A page may end before "a b c" and before "last", never inside the three lines.
        Assert.Equal(9, rows.Count);
        Assert.Equal([4, 7], Enumerable.Range(1, rows.Count - 1).Where(rows.CanBreakBefore));
    }

    [Fact]
    public void A_row_of_many_lines_may_be_cut_only_with_two_lines_on_either_side()
    {
        var rows = Table([Alignment.Left, Alignment.Left], Header("Head", "Other"), Row("a\nb\nc\nd\ne", "x"))
            .Layout(TestFonts.Context(), Width);
        // Rows: top rule, header, header rule, the row's five lines, bottom rule. The first
        // body row may be cut after its second line or its third, never before it (the header
        // keeps it) nor before its last line or the bottom rule.
        Assert.Equal(9, rows.Count);
        Assert.Equal([5, 6], Enumerable.Range(1, rows.Count - 1).Where(rows.CanBreakBefore));
    }

    private static double Advance(LayoutContext context, string text, bool bold = false) =>
        context.Shaper.Shape(bold ? TestFonts.SerifBold : TestFonts.Serif, 9, text).Advances.Sum();

    [Fact]
    public void A_right_to_left_table_puts_its_first_column_at_the_right_margin()
    {
        var table = Table([Alignment.Left, Alignment.Left], Header("One", "Two"), Row("first", "second")) with { RightToLeft = true };
        var runs = Runs(table.Layout(TestFonts.Context(), Width));
        var one = runs.Single(r => r.Text == "One");
        var two = runs.Single(r => r.Text == "Two");
        Assert.True(one.Left > two.Right, "the first column stands right of the second");
        // Its text starts at the right: flush against the padding at the table's right edge, the margin.
        Assert.InRange(runs.Max(r => r.Right), Width - Style.PaddingX - 0.5, Width - Style.PaddingX + 0.5);
        var rules = table.Layout(TestFonts.Context(), Width).Rows.SelectMany(r => r.Items).OfType<RuleItem>().ToList();
        Assert.All(rules, rule => Assert.Equal(Width, rule.X2, 2));
    }
}
