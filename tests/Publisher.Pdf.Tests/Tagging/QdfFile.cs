using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Pdf.Tests.Tagging;

/// <summary>
/// A PDF rewritten by qpdf in its QDF form (every object on its own, streams uncompressed, one dictionary key a
/// line, each page's content stream after a "%% Contents for page N" comment), to read objects and operators
/// as text.
/// </summary>
internal sealed partial class QdfFile
{
    private readonly string _text;

    private QdfFile(string text) => _text = text;

    public static QdfFile Of(byte[] pdf)
    {
        var dir = Directory.CreateTempSubdirectory("publisher-qdf-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "in.pdf"), pdf);
            var info = new ProcessStartInfo("qpdf") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "--qdf", "--object-streams=disable", Path.Combine(dir, "in.pdf"), Path.Combine(dir, "out.pdf") })
                info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "qpdf --qdf failed: " + process.StandardError.ReadToEnd());
            return new QdfFile(Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(dir, "out.pdf"))));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The dictionaries of the file's objects (a stream's without its data).</summary>
    public IEnumerable<string> Dictionaries() =>
        ObjectPattern().Matches(_text).Select(m => m.Groups["body"].Value)
            .Select(body => body.Contains("\nstream\n", StringComparison.Ordinal) ? body[..body.IndexOf("\nstream\n", StringComparison.Ordinal)] : body);

    /// <summary>Object <paramref name="number"/>: its dictionary (or value) and, for a stream, its data uncompressed.</summary>
    public (string Dictionary, string? Data) Object(int number)
    {
        var match = Regex.Match(_text, $@"\n{number} 0 obj\n(?<body>.*?)\nendobj", RegexOptions.Singleline);
        Assert.True(match.Success, $"no object {number}");
        var body = match.Groups["body"].Value;
        var at = body.IndexOf("\nstream\n", StringComparison.Ordinal);
        if (at < 0) return (body, null);
        var data = body[(at + "\nstream\n".Length)..];
        return (body[..at], data[..data.LastIndexOf("endstream", StringComparison.Ordinal)]);
    }

    /// <summary>The object number a reference <c>/Key N 0 R</c> in <paramref name="dictionary"/> points at.</summary>
    public static int Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key} (\d+) 0 R");
        Assert.True(match.Success, $"no reference /{key} in {dictionary}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Each page's content stream, in page order.</summary>
    public List<string> PageContents() =>
        ContentsPattern().Matches(_text).Select(m => m.Groups["data"].Value).ToList();

    [GeneratedRegex(@"\n\d+ 0 obj\n(?<body>.*?)\nendobj", RegexOptions.Singleline)] private static partial Regex ObjectPattern();
    [GeneratedRegex(@"%% Contents for page \d+\n%% Original object ID: \d+ 0\n\d+ 0 obj\n.*?\nstream\n(?<data>.*?)\nendstream", RegexOptions.Singleline)]
    private static partial Regex ContentsPattern();
}
