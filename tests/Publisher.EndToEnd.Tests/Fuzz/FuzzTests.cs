using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Publisher.EndToEnd.Tests.Fuzz;

/// <summary>
/// Random projects (Markdown, book.yml, front matter, template.yml, SVG; see <see cref="FuzzProject"/>)
/// built one after another for a fixed time: each must build, or fail with located diagnostics and
/// leave out/ alone (<see cref="FuzzRun"/>). A seed that ever failed goes into <see cref="FailedOnce"/>
/// and is built on every run from then on.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed partial class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Seeds of cases that failed once; each stays a test of its own.</summary>
    private static readonly int[] FailedOnce = [3, 20, 71, 114, 248, 758];

    /// <summary>The time the random cases may take, in seconds (PUBLISHER_FUZZ_SECONDS); the case running then finishes.</summary>
    private static double Budget => Number("PUBLISHER_FUZZ_SECONDS", 25);

    /// <summary>The first seed (PUBLISHER_FUZZ_SEED): CI builds the same cases on every run; try others with it.</summary>
    private static int FirstSeed => (int)Number("PUBLISHER_FUZZ_SEED", 1);

    /// <summary>
    /// A successful build must not have written an EPUB epubcheck rejects. Checking each would take most of
    /// the budget: every twentieth seed's EPUB is checked, at most a dozen, after the cases have run.
    /// </summary>
    private const int EpubcheckEvery = 20, MaxEpubchecks = 12;

    /// <summary>At most this many cases (PUBLISHER_FUZZ_CASES): with PUBLISHER_FUZZ_SEED, one case can be built again.</summary>
    private static int MaxCases => (int)Number("PUBLISHER_FUZZ_CASES", int.MaxValue);

    /// <summary>A case that takes longer than this is taken for a hang (no book of a fuzz case's size takes a second).</summary>
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(Number("PUBLISHER_FUZZ_CASE_SECONDS", 30));

    [FuzzFact]
    public void Random_projects_build_or_fail_with_located_diagnostics_and_leave_out_alone()
    {
        var clock = Stopwatch.StartNew();
        var next = FirstSeed - 1;
        var done = 0;
        var failures = new ConcurrentBag<FuzzVerdict>();
        var built = new ConcurrentBag<FuzzVerdict>();
        // One worker per core: builds share nothing but the fonts and templates, as the CLI's parallel books do.
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Factory.StartNew(() =>
        {
            while (clock.Elapsed.TotalSeconds < Budget && failures.All(f => !f.Problem!.StartsWith("no result", StringComparison.Ordinal)))
            {
                var seed = Interlocked.Increment(ref next);
                if (seed - FirstSeed >= MaxCases) break;
                Trace($"start {seed}");
                var verdict = FuzzRun.Run(seed, CaseLimit);
                Interlocked.Increment(ref done);
                if (verdict.Problem is null)
                {
                    if (verdict.Epub is not null && seed % EpubcheckEvery == 0) built.Add(verdict);
                    continue;
                }
                failures.Add(verdict);
                Trace($"fail {seed}\t{Cause(verdict)}\t{verdict.ToString().Replace('\n', '\u23ce')}");
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
        foreach (var verdict in built.OrderBy(v => v.Seed).Take(MaxEpubchecks))
            if (Epubcheck.Check(verdict.Epub!, $"fuzz-{verdict.Seed}") is { IsClean: false } check)
                failures.Add(verdict with { Problem = "exit code 0 with an EPUB that epubcheck rejects", Printed = check.ToString() });

        output.WriteLine($"{done} cases (seeds {FirstSeed} to {FirstSeed + done - 1}) in {clock.Elapsed.TotalSeconds:0.0} s; {failures.Count} failed");
        Assert.True(failures.IsEmpty, Report(failures));
    }

    public static TheoryData<int> Regressions => new(FailedOnce);

    [FuzzTheory]
    [MemberData(nameof(Regressions))]
    public void A_case_that_once_failed_builds_or_fails_with_located_diagnostics(int seed)
    {
        var verdict = FuzzRun.Run(seed, CaseLimit);
        Assert.True(verdict.Problem is null, verdict.ToString());
    }

    /// <summary>The failures grouped by what went wrong, so that one fault found a hundred times reads as one.</summary>
    private static string Report(IEnumerable<FuzzVerdict> failures)
    {
        var report = new StringBuilder("Add the seeds to FailedOnce once each group is fixed.\n");
        foreach (var group in failures.GroupBy(Cause).OrderByDescending(g => g.Count()))
        {
            var seeds = group.Select(f => f.Seed).Order().ToList();
            report.Append($"\n{group.Count()} x {group.Key}\n  seeds: {string.Join(", ", seeds)}\n");
            report.Append("  first: ").Append(group.MinBy(f => f.Seed)!.ToString().Replace("\n", "\n    ")).Append('\n');
        }
        return report.ToString();
    }

    /// <summary>
    /// What a failure is about, with the particulars (numbers, quoted values, file names) left out: for an
    /// internal error its exception, message and first place in Publisher's code; else the problem found.
    /// </summary>
    private static string Cause(FuzzVerdict failure)
    {
        var error = failure.Printed.Split('\n').FirstOrDefault(l => l.Contains("internal error:", StringComparison.Ordinal));
        var cause = error is null
            ? failure.Problem!
            : error[(error.IndexOf("internal error:", StringComparison.Ordinal) + 16)..] +
              (PublisherFrame().Match(failure.Printed) is { Success: true } frame ? " at " + frame.Groups[1].Value : "");
        cause = Particulars().Replace(cause, "…");
        return cause.Length > 200 ? cause[..200] : cause;
    }

    /// <summary>
    /// With PUBLISHER_FUZZ_TRACE=FILE, each case's seed is written there before it runs, and each failure
    /// when it is found: a case that kills the test process (a stack overflow) is then known by its seed.
    /// </summary>
    private static void Trace(string line)
    {
        if (Environment.GetEnvironmentVariable("PUBLISHER_FUZZ_TRACE") is not { Length: > 0 } file) return;
        lock (TraceLock) File.AppendAllText(file, line + "\n");
    }

    private static readonly Lock TraceLock = new();

    private static double Number(string variable, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;

    [GeneratedRegex(@"at (Publisher\.[\w.`<>]+)")] private static partial Regex PublisherFrame();
    [GeneratedRegex(@"'[^']*'|0x[0-9A-Fa-f]+|[^\s(]*\.(?:xhtml|md|yml|svg|ttf)\b|\d+")] private static partial Regex Particulars();
}
