using System.Diagnostics;
using System.Text.Json;

namespace Publisher.Epub.Tests;

/// <summary>The W3C's EPUB validator, run as a user would run it on the built file.</summary>
internal static class Epubcheck
{
    // Debian installs epubcheck as an executable jar that a container may refuse to exec.
    public const string Jar = "/usr/bin/epubcheck";

    public static bool IsAvailable => File.Exists(Jar) && Java is not null;

    private static string? Java => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "java"))
        .FirstOrDefault(File.Exists);

    public sealed record Result(int Fatals, int Errors, int Warnings, IReadOnlyList<string> Messages)
    {
        public override string ToString() =>
            $"{Fatals} fatal, {Errors} errors, {Warnings} warnings\n" + string.Join('\n', Messages);
    }

    public static Result Check(byte[] epub, string name)
    {
        if (!IsAvailable)
            throw new InvalidOperationException($"epubcheck needs java on PATH and {Jar} (apt-get install epubcheck)");
        var dir = Directory.CreateTempSubdirectory("publisher-epubcheck-");
        try
        {
            var file = Path.Combine(dir.FullName, name + ".epub");
            var json = Path.Combine(dir.FullName, "result.json");
            File.WriteAllBytes(file, epub);
            var start = new ProcessStartInfo(Java!)
            {
                ArgumentList = { "-jar", Jar, file, "--json", json },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("epubcheck did not finish in two minutes");
            }
            if (!File.Exists(json))
                throw new InvalidOperationException($"epubcheck wrote no report:\n{stdout.Result}\n{stderr.Result}");

            using var report = JsonDocument.Parse(File.ReadAllText(json));
            var checker = report.RootElement.GetProperty("checker");
            var messages = report.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => $"{m.GetProperty("severity").GetString()} {m.GetProperty("ID").GetString()}: " +
                    $"{m.GetProperty("message").GetString()} at " + string.Join(", ",
                        m.GetProperty("locations").EnumerateArray().Select(l =>
                            $"{l.GetProperty("path").GetString()}:{l.GetProperty("line")}:{l.GetProperty("column")}")))
                .ToList();
            return new Result(checker.GetProperty("nFatal").GetInt32(), checker.GetProperty("nError").GetInt32(),
                checker.GetProperty("nWarning").GetInt32(), messages);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

/// <summary>
/// A test that needs epubcheck. It is skipped on a machine without java or epubcheck,
/// except in CI (CI set), where a missing validator must fail the build instead of
/// silently passing it.
/// </summary>
public sealed class EpubcheckFactAttribute : FactAttribute
{
    public EpubcheckFactAttribute()
    {
        if (!Epubcheck.IsAvailable && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"epubcheck is not installed (java and {Epubcheck.Jar}); CI installs it";
    }
}
