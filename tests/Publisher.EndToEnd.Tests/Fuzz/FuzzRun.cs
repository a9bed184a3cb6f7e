using System.Text.RegularExpressions;

namespace Publisher.EndToEnd.Tests.Fuzz;

/// <summary>What one case came to: nothing wrong (<see cref="Problem"/> null), or what was wrong and what the tool printed.</summary>
internal sealed record FuzzVerdict(int Seed, string Focus, string? Problem, string Printed)
{
    /// <summary>The EPUB a successful build wrote, if it wrote one.</summary>
    public byte[]? Epub { get; init; }

    public override string ToString() => $"seed {Seed} ({Focus}): {Problem}\n{Printed}";
}

/// <summary>
/// Builds one fuzz case through the command line's own entry, in this process, as the other
/// end-to-end tests do, and judges it as the project's rules say: the build succeeds, or it fails
/// with exit code 1 and nothing but <c>path:line:col: error|warning CODE: message</c> lines (no
/// internal error, no path outside the project), within a time limit, leaving the previous
/// outputs as they were and no temporary file behind.
/// </summary>
internal static partial class FuzzRun
{
    private static readonly byte[] PreviousPdf = "%PDF- the previous build's pdf"u8.ToArray();
    private static readonly byte[] PreviousEpub = "PK the previous build's epub"u8.ToArray();
    private static readonly string[] Previous = [$"out/{FuzzProject.Book}.epub", $"out/{FuzzProject.Book}.pdf"];

    public static FuzzVerdict Run(int seed, TimeSpan timeout)
    {
        var project = FuzzProject.From(seed);
        var kept = Keep(project);
        var folder = TempProject.Empty();
        project.WriteTo(folder.Root);
        Directory.CreateDirectory(folder.PathOf("out"));
        File.WriteAllBytes(folder.PathOf(Previous[1]), PreviousPdf);
        File.WriteAllBytes(folder.PathOf(Previous[0]), PreviousEpub);
        // PUBLISHER_DEBUG: an internal error comes with the place it happened, for the report.
        var variables = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TempProject.Epoch, ["PUBLISHER_DEBUG"] = "1" };
        var build = Task.Factory.StartNew(() => TempProject.RunIn(folder.Root, variables, null, "build"),
            TaskCreationOptions.LongRunning);
        if (Task.WhenAny(build, Task.Delay(timeout)).Result != build)
        {
            // The build goes on in its thread; its folder is left to it.
            return new FuzzVerdict(seed, project.Focus, $"no result after {timeout.TotalSeconds:0} s", "");
        }
        using (folder)
        {
            var verdict = build.Exception is { } e
                ? new FuzzVerdict(seed, project.Focus, "an exception escaped the command line", e.InnerException!.ToString())
                : new FuzzVerdict(seed, project.Focus, Problem(folder, build.Result), build.Result.Err.Length > 0 ? build.Result.Err : build.Result.Out)
                {
                    Epub = build.Result.ExitCode == 0 && folder.Read(Previous[0]) is var epub && !epub.SequenceEqual(PreviousEpub) ? epub : null,
                };
            if (verdict.Problem is null && kept is not null) Directory.Delete(kept, recursive: true);
            return verdict;
        }
    }

    /// <summary>
    /// With PUBLISHER_FUZZ_KEEP=DIR, a failing case's files are kept in DIR/seed-N, to build them by hand. They are
    /// written before the build, so that a case that kills the process is kept too, and removed if it builds well.
    /// </summary>
    private static string? Keep(FuzzProject project)
    {
        if (Environment.GetEnvironmentVariable("PUBLISHER_FUZZ_KEEP") is not { Length: > 0 } keep) return null;
        var folder = Path.Combine(keep, $"seed-{project.Seed}");
        project.WriteTo(folder);
        return folder;
    }

    private static string? Problem(TempProject folder, CliResult result)
    {
        if (result.ExitCode is not (0 or 1)) return $"exit code {result.ExitCode}";
        if (result.Err.Contains("internal error", StringComparison.Ordinal)) return "internal error";
        foreach (var line in result.ErrLines)
        {
            var match = DiagnosticLine().Match(line);
            if (!match.Success) return "a line that is not a located diagnostic: " + line;
            if (Path.IsPathRooted(match.Groups["path"].Value) || line.Contains(folder.Root, StringComparison.Ordinal))
                return "a diagnostic with a path outside the project: " + line;
            if (BeyondItsFile(folder, match) is { } beyond) return beyond;
        }
        var errors = result.ErrLines.Count(l => DiagnosticLine().Match(l).Groups["kind"].Value == "error");
        var output = folder.Files("out");
        if (output.Any(f => f.EndsWith(".tmp", StringComparison.Ordinal))) return "a temporary file left in out/: " + string.Join(", ", output);
        if (result.ExitCode == 1)
        {
            if (errors == 0) return "exit code 1 without an error";
            if (!output.SequenceEqual(Previous) || !folder.Read(Previous[1]).SequenceEqual(PreviousPdf)
                || !folder.Read(Previous[0]).SequenceEqual(PreviousEpub))
                return "a failed build changed out/: " + string.Join(", ", output);
            return null;
        }
        if (errors > 0) return "exit code 0 with an error";
        var pdf = folder.Read(Previous[1]);
        var epub = folder.Read(Previous[0]);
        if (pdf.SequenceEqual(PreviousPdf) && epub.SequenceEqual(PreviousEpub)) return "exit code 0 but nothing was written";
        if (!pdf.SequenceEqual(PreviousPdf) && !pdf.AsSpan().StartsWith("%PDF-"u8)) return "the PDF written is not a PDF";
        if (!epub.SequenceEqual(PreviousEpub) && !epub.AsSpan().StartsWith("PK"u8)) return "the EPUB written is not a zip";
        return null;
    }

    /// <summary>A diagnostic's line must be in its file (one past the end for "the file ends here").</summary>
    private static string? BeyondItsFile(TempProject folder, Match match)
    {
        var file = folder.PathOf(match.Groups["path"].Value);
        if (!File.Exists(file)) return null;
        var lines = File.ReadAllText(file).Split('\n').Length;
        var line = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return line >= 1 && line <= lines + 1 && column >= 1 ? null
            : $"a diagnostic at {line}:{column}, outside its file of {lines} lines: {match.Value}";
    }

    [GeneratedRegex(@"^(?<path>[^:]+):(?<line>\d+):(?<column>\d+): (?<kind>error|warning) PUB\d{3}: \S.*$")]
    private static partial Regex DiagnosticLine();
}
