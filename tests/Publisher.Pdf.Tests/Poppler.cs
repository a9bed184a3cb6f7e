using System.Diagnostics;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Runs poppler-utils (pdftotext, pdffonts) on a PDF, as a reader's tools would see it.
/// CI installs poppler-utils; a machine without it fails these tests rather than skipping them.
/// </summary>
internal static class Poppler
{
    public static string Run(string tool, byte[] pdf, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"publisher-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) info.ArgumentList.Add(a);
            info.ArgumentList.Add(file);
            if (tool == "pdftotext") info.ArgumentList.Add("-");
            using var process = Process.Start(info)
                ?? throw new InvalidOperationException($"{tool} did not start: install poppler-utils");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
            return output;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (apt-get install poppler-utils)", e);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
