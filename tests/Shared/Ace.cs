using System.Diagnostics;
using System.Text.Json;

namespace Publisher.Testing;

/// <summary>
/// Ace by DAISY, the accessibility checker the book trade runs on EPUBs (WCAG 2 AA through axe-core, plus
/// EPUB's own rules), as its command line would run it on each book. Its command line checks one file per
/// process; AceChecker.js (beside this file) checks every book it is given in one node process, side by
/// side, in Debian's Chromium. .ci/install-ace puts Ace into <see cref="Folder"/>; a test that needs it fails
/// when it is missing, never skips.
/// </summary>
public static class Ace
{
    public const string FolderVariable = "PUBLISHER_ACE_DIR";

    /// <summary>Where .ci/install-ace put Ace: $PUBLISHER_ACE_DIR, else ~/.cache/publisher/ace.</summary>
    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? folder
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "publisher", "ace");

    public static string Chromium => Environment.GetEnvironmentVariable("PUPPETEER_EXECUTABLE_PATH") is { Length: > 0 } path
        ? path : "/usr/bin/chromium";

    /// <summary>One violation Ace found: its rule, impact (minor, moderate, serious, critical), the file and place, and what it says.</summary>
    public sealed record Violation(string Rule, string Impact, string File, string Place, string Description)
    {
        public bool IsModerateOrWorse => Impact is "moderate" or "serious" or "critical";

        public override string ToString() => $"{Impact} {Rule} in {File} at {Place}: {Description}";
    }

    /// <summary>Ace's verdict on one book ("pass" or "fail") and its violations.</summary>
    public sealed record Report(string Outcome, IReadOnlyList<Violation> Violations);

    /// <summary>Checks each EPUB (its report named after the file, without .epub) in one run of Ace.</summary>
    public static IReadOnlyDictionary<string, Report> Check(IReadOnlyList<string> epubs)
    {
        var missing = new List<string>();
        if (!File.Exists(Path.Combine(Folder, "node_modules", "@daisy", "ace-core", "package.json"))) missing.Add($"Ace by DAISY in {Folder}");
        if (!File.Exists(Chromium)) missing.Add($"Chromium at {Chromium}");
        if (missing.Count > 0)
            throw new InvalidOperationException($"{string.Join(" and ", missing)} not installed: run .ci/install-ace (.ci/run does)");

        var reports = Directory.CreateTempSubdirectory("publisher-ace-");
        try
        {
            var start = new ProcessStartInfo("node")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "AceChecker.js"), Folder, reports.FullName },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["PUPPETEER_EXECUTABLE_PATH"] = Chromium },
            };
            foreach (var epub in epubs) start.ArgumentList.Add(epub);
            using var node = Process.Start(start)!;
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            if (!node.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException("Ace did not finish in five minutes");
            }
            if (node.ExitCode != 0)
                throw new InvalidOperationException($"Ace failed ({node.ExitCode}): {stdout.Result}\n{stderr.Result}");
            return epubs.Select(e => Path.GetFileNameWithoutExtension(e))
                .ToDictionary(name => name, name => Read(Path.Combine(reports.FullName, name, "report.json")));
        }
        finally
        {
            reports.Delete(recursive: true);
        }
    }

    /// <summary>report.json: earl:result's outcome, and every failed assertion of every content document (or the package).</summary>
    private static Report Read(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        var violations = new List<Violation>();
        foreach (var subject in root.GetProperty("assertions").EnumerateArray())
        {
            var url = subject.GetProperty("earl:testSubject").GetProperty("url").GetString() ?? "";
            if (!subject.TryGetProperty("assertions", out var assertions)) continue;
            foreach (var assertion in assertions.EnumerateArray())
            {
                var result = assertion.GetProperty("earl:result");
                if (result.GetProperty("earl:outcome").GetString() != "fail") continue;
                var test = assertion.GetProperty("earl:test");
                var place = result.TryGetProperty("earl:pointer", out var pointer) && pointer.TryGetProperty("css", out var css)
                    ? string.Join(", ", css.EnumerateArray().Select(c => c.GetString()))
                    : result.TryGetProperty("html", out var html) ? html.GetString() ?? "" : "";
                violations.Add(new Violation(test.GetProperty("dct:title").GetString() ?? "", test.GetProperty("earl:impact").GetString() ?? "",
                    url, place, result.GetProperty("dct:description").GetString()?.ReplaceLineEndings(" ") ?? ""));
            }
        }
        return new Report(root.GetProperty("earl:result").GetProperty("earl:outcome").GetString() ?? "", violations);
    }
}
