using Publisher.Layout.Blocks;
using Publisher.Layout.Breaking;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Report;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

/// <summary>What the typography report counts on laid-out pages, and where it says each finding is.</summary>
public class TypographyReportTests
{
    private static readonly PageGeometry A5 = new(419.53, 595.28, 48, 57, 54, 42, Facing: true);
    private static readonly SourceLine Source = new("content/b/ch.md", 7);

    private static TypographyReport Report(params Block[] blocks) =>
        TypographyReport.From(new Paginator(TestFonts.Context(), A5).Paginate(blocks));

    private static ParagraphBlock Text(string text, LineBreaking breaking = LineBreaking.TotalFit) => new()
    {
        Runs = [new TextRun(text, TestFonts.Body())], Leading = 14, Align = Alignment.Justify, LineBreaking = breaking,
        Source = Source,
    };

    [Fact]
    public void Long_justified_text_has_no_overfull_line_widow_or_orphan_and_total_fit_sets_fewer_loose_lines()
    {
        var words = TestFonts.Words(1500);
        var totalFit = Report(Text(words));
        var firstFit = Report(Text(words, LineBreaking.FirstFit));

        foreach (var issue in new[] { TypographyIssue.Overfull, TypographyIssue.Widow, TypographyIssue.Orphan })
            Assert.Equal((0, 0), (totalFit.Count(issue), firstFit.Count(issue)));
        Assert.True(totalFit.Count(TypographyIssue.Loose) < firstFit.Count(TypographyIssue.Loose),
            $"loose lines: total-fit {totalFit.Count(TypographyIssue.Loose)}, first-fit {firstFit.Count(TypographyIssue.Loose)}");
    }

    [Fact]
    public void A_justified_line_left_with_two_words_before_a_long_one_is_loose()
    {
        // First-fit puts the long word on a line of its own: the short line before it stretches its one space.
        var report = Report(Text("Go to " + string.Concat(Enumerable.Repeat("abcdefghij", 6)) + " and back again.", LineBreaking.FirstFit));
        Assert.Equal(new TypographyFinding(TypographyIssue.Loose, 1, Source, "Go to"), report.Findings[0]);
        Assert.All(report.Findings, f => Assert.Equal(TypographyIssue.Loose, f.Issue));
    }

    [Fact]
    public void A_word_wider_than_the_measure_is_reported_cut_at_its_line_but_wrapped_code_is_not()
    {
        // A word with no place to break it (a URL breaks after its slashes) and wider than the A5 text.
        var word = string.Concat(Enumerable.Repeat("Donaudampfschiffahrtsgesellschaft", 4));
        var report = Report(Text($"See {word} for more.", LineBreaking.FirstFit));

        // Cut twice (it spans three lines), it is one word cut: reported once, at its first line.
        var cut = Assert.Single(report.Findings, f => f.Issue == TypographyIssue.CutWord);
        Assert.Equal(Source, cut.Source);
        Assert.StartsWith("Donaudampf", cut.Text);
        Assert.Contains("1 word cut without a hyphen", report.Lines()[0]);

        // Code wraps where it must, with a continuation mark: that is its design, not a fault.
        var code = new ParagraphBlock
        {
            Runs = [new TextRun(word, TestFonts.Body(8))], Leading = 11, Source = Source,
            ContinuationMark = new TextRun("\u21AA", TestFonts.Body(8)),
        };
        Assert.Equal(0, Report(code).Count(TypographyIssue.CutWord));
    }

    [Fact]
    public void A_word_cut_in_a_table_cell_is_reported_once_with_the_tables_line_and_cells_are_not_widows()
    {
        static TableBlockRow Row(params string[] cells) =>
            new(cells.Select((c, i) => new TableBlockCell(i, [new TextRun(c, TestFonts.Body(9))])).ToList());
        var longWord = string.Concat(Enumerable.Repeat("Donaudampfschiffahrtsgesellschaft", 4));
        var table = new TableBlock
        {
            Columns = [Alignment.Left, Alignment.Left],
            Rows = [Row("Word", longWord), Row("Meaning", "a company that ran steamers on the Danube")],
            Style = new TableStyle { Leading = 12, PaddingX = 5, PaddingY = 2, RuleThickness = 0.6, HeaderRuleThickness = 0.4, MinScale = 0.7 },
            Source = Source,
        };

        var report = Report(table);

        var cut = Assert.Single(report.Findings);
        Assert.Equal((TypographyIssue.CutWord, Source), (cut.Issue, cut.Source));
        Assert.StartsWith("Donaudampf", cut.Text);
    }

    [Fact]
    public void A_run_of_more_than_two_lines_ending_in_hyphens_is_reported_once_at_its_third_line()
    {
        // The line breaker does not hyphenate yet: the lines are set by hand, as a hyphenating breaker will mark them.
        var first = A5.NewPage(1);
        var second = A5.NewPage(2);
        TypesetLine Line(int index, bool hyphen) => new()
        {
            Source = Source, Index = index, Count = 8, Width = 300, Measure = 300, Text = $"line {index}", EndsWithHyphen = hyphen,
        };
        // Lines 1 and 2 on one page, 3 and 4 on the next: a run of four across the page break; then two alone.
        foreach (var (index, hyphen) in new[] { (0, false), (1, true), (2, true) }) first.Lines.Add(Line(index, hyphen));
        foreach (var (index, hyphen) in new[] { (3, true), (4, true), (5, false), (6, true), (7, true) }) second.Lines.Add(Line(index, hyphen));

        var run = Assert.Single(TypographyReport.From([first, second]).Findings);

        Assert.Equal(new TypographyFinding(TypographyIssue.HyphenRun, 2, Source, "line 3"), run);
    }

    [Fact]
    public void A_line_wider_than_its_measure_is_overfull_and_notes_count_apart_from_the_flow()
    {
        // The line breaker never sets such a line; the report judges what is on the page all the same.
        var page = A5.NewPage(1);
        TypesetLine Line(int index, int count, double width, bool note = false) => new()
        {
            Source = Source, Index = index, Count = count, Width = width, Measure = 300, Text = $"line {index}", InNote = note,
        };
        page.Lines.Add(Line(3, 4, 300));
        page.Lines.Add(Line(0, 1, 312));
        // A note's first line at the foot of the page is no orphan: notes may split after any line.
        page.Lines.Add(Line(0, 3, 280, note: true));

        var report = TypographyReport.From([page]);

        Assert.Equal(
        [
            new TypographyFinding(TypographyIssue.Overfull, 1, Source, "line 0"),
            new TypographyFinding(TypographyIssue.Widow, 1, Source, "line 3"),
        ], report.Findings.OrderBy(f => f.Issue));
    }
}
