using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Books;
using Publisher.Layout.Pages;
using Publisher.Layout.Report;
using Publisher.Pdf;
using Page = Publisher.Layout.Pages.Page;

namespace Publisher.Pdf.Tests;

/// <summary>
/// body.widows and body.orphans, seen from the reader's side: a paragraph placed so that one of its lines would
/// stand alone at the top (or foot) of a page. With the rule at 1 the report finds that line; with the default
/// of 2 the report finds nothing and the page shows at least two lines of the paragraph.
/// </summary>
public partial class WidowsAndOrphansTests
{
    // The filler and the paragraph under test share no word, so a line of the PDF tells which it belongs to.
    private static readonly string[] FillerWords = ["the", "printer", "accepts", "pages", "whose", "lines", "never", "cross", "a", "margin"];
    private static readonly string[] TargetWords = ["quiet", "harbour", "lanterns", "drift", "over", "slow", "water", "toward", "morning", "bells"];

    private static string Words(string[] pool, int n) =>
        string.Join(' ', Enumerable.Range(0, n).Select(i => pool[(i * 3 + i / 7) % pool.Length]));

    /// <summary>The target paragraph stands on line 5 of the chapter: a heading, a blank, the filler, a blank.</summary>
    private const int TargetLine = 5;

    private static string Chapter(int fillerWords) =>
        $"# Widows\n\n{Words(FillerWords, fillerWords)}\n\n{Words(TargetWords, 60)}\n\nEnd.\n";

    /// <summary>
    /// A project whose template is the booklet's with the given rule in its body, and hyphenation off: a page never
    /// ends on a hyphenated line, so a first line that ends in a hyphen could not be left alone at the foot (no orphan
    /// to provoke), and a word broken in two would no longer read as the filler's or the paragraph's.
    /// </summary>
    private static string Project(string rule, string chapter)
    {
        var shipped = File.ReadAllText(Path.Combine(TestBooks.RepoRoot, "templates/booklet/template.yml"));
        Assert.Matches(HyphenationOn(), shipped);
        var template = HyphenationOn().Replace(shipped, "${1}false", 1)
            .Replace("../fonts/", Path.Combine(Publisher.Core.Templates.TemplateLocator.BuiltInDirectory, "fonts") + "/")
            .Replace("  line-breaking: total-fit", $"  line-breaking: total-fit\n  {rule}");
        var root = TestBooks.Write("title: Rules\nlanguage: en\ntemplate: rules\n", ("ch.md", chapter));
        Directory.CreateDirectory(Path.Combine(root, "templates/rules"));
        File.WriteAllText(Path.Combine(root, "templates/rules/template.yml"), template);
        return root;
    }

    private static List<Page> Lay(string rule, string chapter) =>
        Typesetter.Paginate(new Project(Project(rule, chapter)).LoadBook("sample", TestBooks.Epoch));

    /// <summary>The first filler length for which, with the rule at 1, the report finds the fault on the target paragraph.</summary>
    private static (int Filler, TypographyFinding Finding) Provoke(string rule, TypographyIssue issue)
    {
        for (var filler = 200; filler < 400; filler += 2)
        {
            var pages = Lay(rule, Chapter(filler));
            var found = TypographyReport.From(pages).Findings.Where(f => f.Issue == issue).ToList();
            if (found.Count > 0) return (filler, Assert.Single(found));
        }
        throw new Xunit.Sdk.XunitException($"no filler length left a single {issue} with '{rule}'");
    }

    /// <summary>Each text line of a PDF page (running heads and folios left out), as its words.</summary>
    private static List<string[]> TextLines(Page page, UglyToad.PdfPig.Content.Page pdfPage) =>
        pdfPage.GetWords()
            .Where(w => w.BoundingBox.Top < pdfPage.Height - page.TextArea.Y + 2 && w.BoundingBox.Bottom > pdfPage.Height - page.TextArea.Bottom - 4)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text.Normalize(NormalizationForm.FormKC)).ToArray())
            .ToList();

    private static bool IsTarget(string[] line) => line.All(w => TargetWords.Contains(w.TrimEnd('.')));

    [Fact]
    public void With_widows_at_1_the_report_finds_the_lone_last_line_on_its_page_and_source_line()
    {
        var (filler, widow) = Provoke("widows: 1", TypographyIssue.Widow);

        Assert.Equal(new SourceLine("content/sample/ch.md", TargetLine), widow.Source);
        // The widow is the paragraph's last line, alone at the top of its page.
        Assert.EndsWith(Words(TargetWords, 60).Split(' ')[^1], widow.Text);
        var root = Project("widows: 1", Chapter(filler));
        var pages = Typesetter.Paginate(new Project(root).LoadBook("sample", TestBooks.Epoch));
        var (_, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        var top = TextLines(pages[widow.Page - 1], document.GetPage(widow.Page));
        Assert.True(IsTarget(top[0]));
        Assert.False(IsTarget(top[1]));
    }

    [Fact]
    public void With_the_default_rule_the_same_paragraph_carries_two_lines_over_and_the_report_finds_no_widow()
    {
        var (filler, widow) = Provoke("widows: 1", TypographyIssue.Widow);

        var root = Project("widows: 2", Chapter(filler));
        var book = new Project(root).LoadBook("sample", TestBooks.Epoch);
        var pages = Typesetter.Paginate(book);
        var report = TypographyReport.From(pages);
        Assert.Equal(0, report.Count(TypographyIssue.Widow));
        Assert.Equal(0, report.Count(TypographyIssue.Orphan));

        var (_, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        var top = TextLines(pages[widow.Page - 1], document.GetPage(widow.Page));
        Assert.True(IsTarget(top[0]) && IsTarget(top[1]), string.Join(" / ", top.Take(3).Select(l => string.Join(' ', l))));
        // The page before ends short rather than leave one line behind.
        var before = TextLines(pages[widow.Page - 2], document.GetPage(widow.Page - 1));
        Assert.True(IsTarget(before[^1]));
    }

    [Fact]
    public void With_orphans_at_1_the_report_finds_the_lone_first_line_and_by_default_the_paragraph_moves_on()
    {
        var (filler, orphan) = Provoke("orphans: 1", TypographyIssue.Orphan);
        Assert.Equal(new SourceLine("content/sample/ch.md", TargetLine), orphan.Source);
        // The orphan is the paragraph's first line, alone at the foot of its page.
        Assert.StartsWith(string.Join(' ', Words(TargetWords, 60).Split(' ').Take(3)), orphan.Text);

        var root = Project("orphans: 2", Chapter(filler));
        var book = new Project(root).LoadBook("sample", TestBooks.Epoch);
        var pages = Typesetter.Paginate(book);
        Assert.Equal(0, TypographyReport.From(pages).Count(TypographyIssue.Orphan));

        var (_, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        // The page that held the orphan now ends with the filler; the paragraph opens the next page with 2+ lines.
        var foot = TextLines(pages[orphan.Page - 1], document.GetPage(orphan.Page));
        Assert.False(IsTarget(foot[^1]));
        var next = TextLines(pages[orphan.Page], document.GetPage(orphan.Page + 1));
        Assert.True(IsTarget(next[0]) && IsTarget(next[1]));
    }

    [GeneratedRegex(@"^(  hyphenation:.*\n    enabled: )true", RegexOptions.Multiline)]
    private static partial Regex HyphenationOn();
}
