using Xunit.Abstractions;
using Publisher.Layout.Blocks;
using Publisher.Layout.Breaking;
using Publisher.Layout.Hyphenation;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

public class HyphenationBreakingTests(ITestOutputHelper output)
{
    private static readonly HyphenationRules English = new(HyphenationPatterns.For("en")!);

    private const string Prose =
        "Typographers have long understood that hyphenation improves the appearance of justified " +
        "paragraphs considerably, particularly when the measure is narrow and the vocabulary contains " +
        "many polysyllabic words such as internationalization, responsibilities, characteristically, " +
        "institutionalization, extraordinarily and incomprehensibility, which otherwise leave " +
        "conspicuous rivers of whitespace meandering through the composition.";

    private static ParagraphBlock Paragraph(string text, HyphenationRules? rules, LineBreaking breaking = LineBreaking.TotalFit,
        Alignment align = Alignment.Justify) =>
        new() { Runs = [new TextRun(text, TestFonts.Body())], Leading = 14, Align = align, LineBreaking = breaking, Hyphenation = rules };

    private static List<(string Text, bool Hyphenated, double Right)> Lines(ParagraphBlock block, double width) =>
        block.Layout(TestFonts.Context(), width).Rows.Select(r =>
        {
            var runs = r.Items.OfType<GlyphRun>().ToList();
            return (string.Concat(runs.Select(g => g.Text)), runs.Any(g => g.EndsWithHyphen), runs.Max(g => g.Right));
        }).ToList();

    /// <summary>The lines joined back: a hyphen the breaker added goes, the space between lines comes back.</summary>
    private static string Joined(List<(string Text, bool Hyphenated, double Right)> lines) =>
        string.Concat(lines.Select(l => l.Hyphenated ? l.Text[..^1] : l.Text.TrimEnd() + " ")).TrimEnd();

    [Theory]
    [InlineData(LineBreaking.TotalFit)]
    [InlineData(LineBreaking.FirstFit)]
    public void A_narrow_justified_paragraph_gets_hyphens_inside_the_measure_and_loses_no_letter(LineBreaking breaking)
    {
        const double width = 120;
        var lines = Lines(Paragraph(Prose, English, breaking), width);
        foreach (var line in lines) output.WriteLine(line.Text);
        var hyphenated = lines.Where(l => l.Hyphenated).ToList();
        Assert.NotEmpty(hyphenated);
        Assert.All(hyphenated, l => Assert.EndsWith("-", l.Text));
        Assert.All(hyphenated, l => Assert.Matches(@"\p{L}-$", l.Text));
        Assert.All(lines, l => Assert.True(l.Right <= width + 0.01, $"'{l.Text}' ends at {l.Right}"));
        Assert.Equal(Prose, Joined(lines));
    }

    [Fact]
    public void Hyphenation_lets_total_fit_set_a_narrow_measure_more_evenly()
    {
        const double width = 120;
        double Worst(HyphenationRules? rules)
        {
            var block = Paragraph(Prose, rules);
            var glyphs = new ParagraphGlyphs(block.Runs, TestFonts.Context().Shaper);
            var breaks = BreakOpportunities.Find(glyphs.Text);
            var hyphens = HyphenBreaks.None;
            if (rules is not null) (breaks, hyphens) = HyphenBreaks.Add(glyphs, breaks, rules, TestFonts.Context().Shaper);
            var lines = TotalFitLineBreaker.Break(glyphs, breaks, _ => width, hyphens);
            return lines.Where(l => !l.Last)
                .Select(l => Math.Abs(TotalFitLineBreaker.Ratio(glyphs, l.Start, l.Next, width, false,
                    hyphen: l.Hyphenated ? HyphenGlyph.Shape(TestFonts.Context().Shaper, TestFonts.Body()).Advances.Sum() : 0)))
                .Max();
        }
        Assert.True(Worst(English) < Worst(null), $"with hyphens {Worst(English):F2}, without {Worst(null):F2}");
    }

    [Theory]
    [InlineData(LineBreaking.TotalFit, 1)]
    [InlineData(LineBreaking.TotalFit, 2)]
    [InlineData(LineBreaking.FirstFit, 1)]
    [InlineData(LineBreaking.FirstFit, 2)]
    public void No_more_hyphenated_lines_in_a_row_than_the_rules_allow(LineBreaking breaking, int max)
    {
        // Long words only, on a measure about as wide as two of them: nearly every line wants a hyphen.
        var text = string.Join(' ', Enumerable.Repeat("incomprehensibility characteristically institutionalization", 8));
        var lines = Lines(Paragraph(text, English with { MaxConsecutive = max }, breaking), 100);
        foreach (var line in lines) output.WriteLine(line.Text);
        var run = 0;
        var longest = 0;
        foreach (var line in lines)
        {
            run = line.Hyphenated ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        Assert.Equal(max, longest);
        Assert.Equal(text, Joined(lines));
    }

    [Fact]
    public void Capitalized_words_stay_whole_unless_the_rules_allow_them()
    {
        var text = string.Join(' ', Enumerable.Repeat("Internationalization Characteristically", 6));
        Assert.DoesNotContain(Lines(Paragraph(text, English, align: Alignment.Left), 110), l => l.Hyphenated);
        Assert.Contains(Lines(Paragraph(text, English with { Capitalized = true }, align: Alignment.Left), 110), l => l.Hyphenated);
    }

    [Fact]
    public void Inline_code_urls_paths_and_compounds_are_never_hyphenated()
    {
        var prose = TestFonts.Body();
        var code = prose with { Code = true };
        var block = new ParagraphBlock
        {
            Runs =
            [
                new TextRun("see ", prose),
                new TextRun("configuration", code),
                new TextRun(" and https://documentation.example.com/configuration ~/documentation/configuration " +
                            "documentation.configuration non-configurational configuration_documentation JavaScript", prose),
            ],
            Leading = 14, Align = Alignment.Left, Hyphenation = English,
        };
        Assert.DoesNotContain(Lines(block, 70), l => l.Hyphenated);
    }

    [Theory]
    [InlineData(LineBreaking.TotalFit, Alignment.Justify)]
    [InlineData(LineBreaking.FirstFit, Alignment.Left)]
    public void A_line_that_ends_at_an_authors_soft_hyphen_shows_a_hyphen_even_without_rules(LineBreaking breaking, Alignment align)
    {
        // U+00AD marks where the author allows a break (HTML's &shy;): invisible inside a line, a hyphen at its end.
        const string text = "Words such as incomprehensi\u00ADbility and internation\u00ADalization need help.";
        var lines = Lines(Paragraph(text, null, breaking, align), 100);
        foreach (var line in lines) output.WriteLine(line.Text);

        var atSoftHyphen = lines.Where(l => l.Text.TrimEnd('-').EndsWith('\u00AD')).ToList();
        Assert.NotEmpty(atSoftHyphen);
        Assert.All(atSoftHyphen, l => Assert.True(l.Hyphenated && l.Text.EndsWith("\u00AD-"), $"'{l.Text}' shows no hyphen"));
        Assert.All(lines, l => Assert.True(l.Right <= 100.01, $"'{l.Text}' ends at {l.Right}"));
    }

    [Fact]
    public void A_soft_hyphen_in_inline_code_is_not_a_place_to_hyphenate()
    {
        var block = new ParagraphBlock
        {
            Runs = [new TextRun("Run the command ", TestFonts.Body()),
                new TextRun("incomprehensi\u00ADbility", TestFonts.Body() with { Code = true }),
                new TextRun(" now.", TestFonts.Body())],
            Leading = 14, Align = Alignment.Left,
        };
        Assert.DoesNotContain(Lines(block, 100), l => l.Hyphenated);
    }

    [Fact]
    public void Without_rules_nothing_is_hyphenated() =>
        Assert.DoesNotContain(Lines(Paragraph(Prose, null), 120), l => l.Hyphenated);

    [Fact]
    public void Short_words_and_the_minima_are_kept()
    {
        var rules = English with { MinWord = 12, MinLeft = 3, MinRight = 4 };
        var lines = Lines(Paragraph(Prose, rules), 120);
        foreach (var (line, next) in lines.Zip(lines.Skip(1)).Where(p => p.First.Hyphenated))
        {
            var head = line.Text[..^1].Split(' ')[^1];
            var tail = new string(next.Text.TakeWhile(char.IsLetter).ToArray());
            Assert.True(head.Length >= 3 && tail.Length >= 4 && head.Length + tail.Length >= 12, $"{head}-{tail}");
        }
        Assert.Contains(lines, l => l.Hyphenated);
    }

    [Fact]
    public void A_page_never_breaks_after_a_hyphenated_line()
    {
        var rows = Paragraph(Prose, English).Layout(TestFonts.Context(), 120);
        var lines = Lines(Paragraph(Prose, English), 120);
        var hyphenated = Enumerable.Range(0, lines.Count).Where(i => lines[i].Hyphenated).ToList();
        Assert.Contains(hyphenated, i => i >= 1 && i < lines.Count - 3);
        foreach (var i in hyphenated) Assert.False(rows.CanBreakBefore(i + 1), $"a page may end after '{lines[i].Text}'");
        Assert.Contains(Enumerable.Range(2, lines.Count - 3), i => rows.CanBreakBefore(i));
    }
}
