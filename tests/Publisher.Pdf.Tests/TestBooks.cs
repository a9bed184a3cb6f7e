using Publisher.Core.Books;
using Publisher.Pdf;
using UglyToad.PdfPig;

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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) return dir.FullName;
        throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }
}
