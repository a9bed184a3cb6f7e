using System.Globalization;
using Publisher.Layout.Pages;

namespace Publisher.Layout.Report;

/// <summary>What a typographer would mark in a set of pages, and where (docs/cli.md, "--report").</summary>
public enum TypographyIssue
{
    /// <summary>A line wider than its measure: it runs into the margin.</summary>
    Overfull,
    /// <summary>A justified line whose spaces were stretched past <see cref="TypographyReport.LooseStretch"/>.</summary>
    Loose,
    /// <summary>A page that opens with the last line of a paragraph alone.</summary>
    Widow,
    /// <summary>A page that ends with the first line of a paragraph alone.</summary>
    Orphan,
    /// <summary>More than <see cref="TypographyReport.MaxHyphenRun"/> lines in a row that end in a hyphen.</summary>
    HyphenRun,
    /// <summary>A word wider than its measure, cut between two letters without a hyphen (a long URL, a narrow table column).</summary>
    CutWord,
    /// <summary>A line that ends inside inline code: a reader copying the command must join the two lines.</summary>
    CodeBreak,
}

/// <summary>One thing the report found: the page (physical number, from 1), the paragraph's source and the line.</summary>
public sealed record TypographyFinding(TypographyIssue Issue, int Page, SourceLine? Source, string Text);

/// <summary>
/// Reads the lines the paginator recorded on each page (<see cref="Page.Lines"/>) and lists the faults a reader
/// would see: overfull and loose lines, widows and orphans, long runs of hyphenated lines. It judges the pages as
/// set, so it also catches what a layout rule let through (a paragraph too long for any page, a template that
/// sets <c>body.widows: 1</c>).
/// </summary>
public sealed class TypographyReport
{
    /// <summary>
    /// A justified line is loose when its spaces grew by more than their own width, i.e. to more than twice
    /// their natural width. Total-fit breaking stretches spaces by half their width at badness 100 and accepts
    /// up to tolerance 200 (about 0.63); past 1.0 the gaps show as rivers, as TeX's underfull warnings mark.
    /// </summary>
    public const double LooseStretch = 1.0;

    /// <summary>More hyphenated lines in a row than this is a fault (the usual rule of the trade: at most two).</summary>
    public const int MaxHyphenRun = 2;

    /// <summary>A line is overfull when it is wider than its measure by more than this (points; rounding aside).</summary>
    private const double OverfullTolerance = 0.1;

    public IReadOnlyList<TypographyFinding> Findings { get; }

    private TypographyReport(IReadOnlyList<TypographyFinding> findings) => Findings = findings;

    public int Count(TypographyIssue issue) => Findings.Count(f => f.Issue == issue);

    public static TypographyReport From(IReadOnlyList<Page> pages)
    {
        var findings = new List<TypographyFinding>();
        void Add(TypographyIssue issue, Page page, TypesetLine line) =>
            findings.Add(new TypographyFinding(issue, page.Number, line.Source, line.Text));

        TypesetLine? previous = null;
        var run = 0;
        // A table's header is set again on every page it continues on: its lines are judged once.
        var judged = new HashSet<TypesetLine>(ReferenceEqualityComparer.Instance);
        TypesetLine? previousCut = null;
        foreach (var page in pages)
        {
            foreach (var line in page.Lines.Where(judged.Add))
            {
                if (line.Width > line.Measure + OverfullTolerance) Add(TypographyIssue.Overfull, page, line);
                if (line.Stretch > LooseStretch) Add(TypographyIssue.Loose, page, line);
                // A word cut over three lines is one word cut: counted at its first line.
                if (line.CutInWord && !ContinuesCut(previousCut, line)) Add(TypographyIssue.CutWord, page, line);
                previousCut = line.CutInWord ? line : null;
                if (line.BreaksCode) Add(TypographyIssue.CodeBreak, page, line);
            }

            // Notes and table cells are set apart from the flow (notes may split after any line, a table between
            // its rows): widows, orphans and runs of hyphens are the flow's.
            var flow = page.Lines.Where(l => !l.InNote && !l.InTable).ToList();
            if (flow.Count == 0) continue;
            // The line before the page's first and after its last stands on another page: it is alone here.
            if (flow[0] is { Count: > 1 } first && first.Index == first.Count - 1) Add(TypographyIssue.Widow, page, first);
            if (flow[^1] is { Count: > 1, Index: 0 } last) Add(TypographyIssue.Orphan, page, last);

            foreach (var line in flow)
            {
                var continues = previous is not null && line.Index == previous.Index + 1 && line.Source == previous.Source;
                run = line.EndsWithHyphen ? (continues ? run + 1 : 1) : 0;
                // Counted once, at the line that makes the run one too long.
                if (run == MaxHyphenRun + 1) Add(TypographyIssue.HyphenRun, page, line);
                previous = line;
            }
        }
        return new TypographyReport(findings);
    }

    private static bool ContinuesCut(TypesetLine? previous, TypesetLine line) =>
        previous is not null && previous.Source == line.Source && line.Index == previous.Index + 1
        && previous.InTable == line.InTable && previous.InNote == line.InNote;

    /// <summary>The report as the command line prints it: a summary line, then one line per finding.</summary>
    public IReadOnlyList<string> Lines()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(c,
                $"{Plural(Count(TypographyIssue.Overfull), "overfull line")}, " +
                $"{Plural(Count(TypographyIssue.Loose), "loose line")}, {Plural(Count(TypographyIssue.Widow), "widow")}, " +
                $"{Plural(Count(TypographyIssue.Orphan), "orphan")}, " +
                $"{Plural(Count(TypographyIssue.HyphenRun), $"run of more than {MaxHyphenRun} hyphenated lines", $"runs of more than {MaxHyphenRun} hyphenated lines")}, " +
                $"{Plural(Count(TypographyIssue.CutWord), "word cut", "words cut")} without a hyphen, " +
                $"{Plural(Count(TypographyIssue.CodeBreak), "line", "lines")} ending inside code"),
        };
        foreach (var f in Findings.OrderBy(f => f.Page).ThenBy(f => f.Issue))
            lines.Add(string.Create(c,
                $"  {Label(f.Issue),-8} page {f.Page,-4} {f.Source?.ToString() ?? "(template text)"}  \"{Excerpt(f.Text)}\""));
        return lines;
    }

    private static string Label(TypographyIssue issue) => issue switch
    {
        TypographyIssue.Overfull => "overfull",
        TypographyIssue.Loose => "loose",
        TypographyIssue.Widow => "widow",
        TypographyIssue.Orphan => "orphan",
        TypographyIssue.CutWord => "cut",
        TypographyIssue.CodeBreak => "code",
        _ => "hyphens",
    };

    private static string Plural(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");

    /// <summary>Enough of the line to find it on the page.</summary>
    private static string Excerpt(string text)
    {
        text = text.ReplaceLineEndings(" ").Replace('\t', ' ');
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
