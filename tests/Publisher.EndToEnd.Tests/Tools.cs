using System.Diagnostics;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// The outside tools a reviewer checks output with: poppler-utils and epubcheck. .ci/run
/// installs them; a test that needs one fails (never skips) when it is missing.
/// </summary>
public static class Tools
{
    public static string Run(string program, params string[] args)
    {
        var path = Find(program) ?? throw new InvalidOperationException(
            $"'{program}' is not installed (apt-get install -y poppler-utils epubcheck qpdf; .ci/run does this)");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in two minutes");
        }
        if (process.ExitCode != 0 && program != "java")
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result + stderr.Result;
    }

    public static int PdfPages(string pdf)
    {
        var info = Run("pdfinfo", pdf);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string PdfText(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>
    /// epubcheck's summary, what its command line prints (with each message and its place), from the
    /// one epubcheck JVM this test run shares (tests/Shared/Epubcheck.cs).
    /// </summary>
    public static string Epubcheck(string epub) => Testing.Epubcheck.Check(epub).ToString();

    private static string? Find(string program) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);
}
