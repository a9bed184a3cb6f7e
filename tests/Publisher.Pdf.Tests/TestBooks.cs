using Publisher.Core.Books;
using Publisher.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Publisher.Pdf.Tests;

/// <summary>Builds books for the tests: the repository's own, or small ones written to a temporary folder.</summary>
internal static class TestBooks
{
    public const string Epoch = "1700000000";

    public static string RepoRoot { get; } = FindRoot();

    public static (Book Book, byte[] Pdf) Build(string projectRoot, string name, string epoch = Epoch)
    {
        var book = new Project(projectRoot).LoadBook(name, epoch);
        using var stream = new MemoryStream();
        new PdfBookWriter().Write(book, stream);
        return (book, stream.ToArray());
    }

    /// <summary><paramref name="n"/> words of filler text, to push what follows onto a later page.</summary>
    public static string Filler(int n) =>
        string.Join(' ', Enumerable.Range(0, n).Select(i => new[] { "pages", "whose", "lines", "never", "cross", "a", "margin" }[i % 7]));

    /// <summary>A one-book project in a fresh temporary folder; returns the project root.</summary>
    public static string Write(string bookYml, params (string Name, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "publisher-tests", Guid.NewGuid().ToString("N"));
        var bookDir = Path.Combine(root, "content", "sample");
        Directory.CreateDirectory(bookDir);
        File.WriteAllText(Path.Combine(bookDir, "book.yml"), bookYml);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(bookDir, name), text);
        return root;
    }

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>The catalog's /PageLabels: where each numbering range starts (page index from 0) and its style (r, D…).</summary>
    public static List<(int Index, string Style)> PageLabelRanges(this PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (!catalog.Data.TryGetValue("PageLabels", out var token) || token is not DictionaryToken labels) return [];
        var nums = (ArrayToken)labels.Data["Nums"];
        var ranges = new List<(int, string)>();
        for (var i = 0; i + 1 < nums.Length; i += 2)
            ranges.Add((((NumericToken)nums[i]).Int, ((NameToken)((DictionaryToken)nums[i + 1]).Data["S"]).Data));
        return ranges;
    }

    /// <summary>The label page <paramref name="number"/> (from 1) carries, as its folio prints it: "iii" in the front matter, "12" after.</summary>
    public static string PageLabel(this PdfDocument document, int number)
    {
        var range = document.PageLabelRanges().Last(r => r.Index < number);
        var n = number - range.Index;
        return range.Style == "r" ? Publisher.Typesetting.Building.PageLabels.Roman(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The page (from 1) the first chapter opens on: where the decimal page labels start, after the front matter.</summary>
    public static int FirstChapterPage(this PdfDocument document) => document.PageLabelRanges().First(r => r.Style == "D").Index + 1;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) return dir.FullName;
        throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }
}
