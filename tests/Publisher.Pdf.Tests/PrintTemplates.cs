using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Projects built with the shipped booklet template and its print options changed, and the outside tools
/// (pdfinfo, pdftoppm, qpdf) that look at the result as a printer's software would.
/// </summary>
internal static partial class PrintTemplates
{
    /// <summary>A one-book project whose template "print" is the booklet with <paramref name="printLines"/> as its print options.</summary>
    public static string Project(string printLines, params (string Name, string Text)[] chapters)
    {
        var root = TestBooks.Write("title: Khojaly\nlanguage: en\ntemplate: print\n", chapters);
        var shipped = File.ReadAllText(Path.Combine(TestBooks.RepoRoot, "templates", "booklet", "template.yml"));
        // The shipped fonts, where a project's template may name them (a font elsewhere is refused).
        var fonts = Path.Combine(Publisher.Core.Templates.TemplateLocator.BuiltInDirectory, "fonts") + "/";
        var text = PrintOptions().Replace(shipped, "", 3).Replace("../fonts/", fonts)
            .Replace("  pad-to: 4", "  pad-to: 4\n" + printLines.TrimEnd('\n'));
        Directory.CreateDirectory(Path.Combine(root, "templates", "print"));
        File.WriteAllText(Path.Combine(root, "templates", "print", "template.yml"), text);
        return root;
    }

    public static (string Name, string Text) Khojaly() =>
        ("khojaly.md", File.ReadAllText(Path.Combine(TestBooks.RepoRoot, "content", "khojaly", "khojaly.md")));

    /// <summary>Each page's boxes as pdfinfo reports them: (left, bottom, right, top) in points.</summary>
    public static List<Dictionary<string, (double L, double B, double R, double T)>> Boxes(byte[] pdf, int pages)
    {
        var info = Poppler.Run("pdfinfo", pdf, "-box", "-f", "1", "-l", pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = Enumerable.Range(0, pages).Select(_ => new Dictionary<string, (double, double, double, double)>()).ToList();
        foreach (Match m in BoxLine().Matches(info))
        {
            double D(int g) => double.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture);
            result[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1][m.Groups[2].Value] = (D(3), D(4), D(5), D(6));
        }
        return result;
    }

    /// <summary>Page <paramref name="page"/> rendered in grey at 72 dpi (one pixel a point), rows from the top.</summary>
    public static Greymap Render(byte[] pdf, int page)
    {
        var dir = Directory.CreateTempSubdirectory("publisher-render-").FullName;
        try
        {
            var file = Path.Combine(dir, "in.pdf");
            File.WriteAllBytes(file, pdf);
            var n = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Run("pdftoppm", "-r", "72", "-gray", "-f", n, "-l", n, "-singlefile", file, Path.Combine(dir, "page"));
            return Greymap.Read(File.ReadAllBytes(Path.Combine(dir, "page.pgm")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>qpdf's structural check of the file: exit code 0 means no errors and no warnings.</summary>
    public static void AssertQpdfAccepts(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"publisher-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try { Run("qpdf", "--check", file); }
        finally { File.Delete(file); }
    }

    private static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {output}{error}");
        return output;
    }

    [GeneratedRegex(@"^  (bleed|crop-marks|imposition):.*\n", RegexOptions.Multiline)]
    private static partial Regex PrintOptions();

    [GeneratedRegex(@"Page\s+(\d+)\s+(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)")]
    private static partial Regex BoxLine();
}

/// <summary>A grey image (0 black, 255 white) read from a binary PGM file.</summary>
internal sealed class Greymap(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte this[int x, int y] => pixels[y * Width + x];

    /// <summary>The darkest pixel in the rectangle (x0..x1, y0..y1 inclusive, clipped to the image).</summary>
    public int Darkest(double x0, double y0, double x1, double y1)
    {
        var darkest = 255;
        for (var y = Math.Max(0, (int)Math.Floor(y0)); y <= Math.Min(Height - 1, (int)Math.Floor(y1)); y++)
        for (var x = Math.Max(0, (int)Math.Floor(x0)); x <= Math.Min(Width - 1, (int)Math.Floor(x1)); x++)
            darkest = Math.Min(darkest, this[x, y]);
        return darkest;
    }

    public static Greymap Read(byte[] pgm)
    {
        // "P5" width height maxval, each separated by whitespace, then one byte per pixel.
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)pgm[at])) at++;
            fields.Add(System.Text.Encoding.ASCII.GetString(pgm, start, at - start));
        }
        Assert.Equal("P5", fields[0]);
        var width = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        return new Greymap(width, height, pgm.AsSpan(at + 1, width * height).ToArray());
    }
}
