using System.Diagnostics;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Three independent PDF engines, as print shops and readers use them: poppler (pdftoppm), MuPDF
/// (mutool draw) and Ghostscript. A file passes when each renders every page without an error or a
/// warning about the file. CI installs all three (poppler-utils, mupdf-tools, ghostscript).
/// </summary>
internal static class Renderers
{
    public static void AssertAllRender(byte[] pdf)
    {
        var dir = Directory.CreateTempSubdirectory("publisher-engines-").FullName;
        try
        {
            var file = Path.Combine(dir, "in.pdf");
            File.WriteAllBytes(file, pdf);
            AssertClean("pdftoppm", "-r", "10", "-gray", file, Path.Combine(dir, "page"));
            AssertClean("mutool", "draw", "-q", "-r", "10", "-o", Path.Combine(dir, "mu-%d.png"), file);
            AssertClean("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFSTOPONERROR", "-sDEVICE=nullpage", file);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void AssertClean(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        // MuPDF built without colour management says so on every run: that is about the tool, not the file.
        var complaints = (output.Result + error).Split('\n')
            .Where(l => l.Trim().Length > 0 && !l.Contains("ICC support is not available", StringComparison.Ordinal)).ToList();
        Assert.True(process.ExitCode == 0 && complaints.Count == 0,
            $"{tool} exited with {process.ExitCode}: {string.Join('\n', complaints)}");
    }
}
