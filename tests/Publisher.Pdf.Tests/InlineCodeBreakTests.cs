namespace Publisher.Pdf.Tests;

/// <summary>An inline command read back from the PDF: never split after a hyphen; a split elsewhere is in the report.</summary>
public sealed class InlineCodeBreakTests
{
    [Fact]
    public void An_inline_option_is_never_broken_after_its_leading_hyphens()
    {
        // The same sentence after more and more words, so that the option meets the line's end at every place.
        var paragraphs = Enumerable.Range(0, 40).Select(n =>
            string.Join(' ', Enumerable.Repeat("word", n)) + " then run `node --allow-fs-read=/srv/app/data.json` to start.");
        var root = TestBooks.Write("title: Code\nlanguage: en\n", ("01-code.md", "# Code\n\n" + string.Join("\n\n", paragraphs) + "\n"));
        var (book, _) = TestBooks.Build(root, "sample");
        using var stream = new MemoryStream();
        var result = new PdfBookWriter().Write(book, stream);

        var lines = Poppler.Run("pdftotext", stream.ToArray()).Split('\n');
        Assert.DoesNotContain(lines, l => l.TrimEnd().EndsWith("--", StringComparison.Ordinal));
        Assert.Equal(40, lines.Count(l => l.Contains("--allow-fs-read", StringComparison.Ordinal)));
        // Where the command does go on on the next line (after a space or a '/'), the report names the line.
        Assert.Contains(result.Report, l => l.TrimStart().StartsWith("code ", StringComparison.Ordinal));
        Assert.Contains("lines ending inside code", result.Report[0]);
        Assert.DoesNotContain(" 0 lines ending inside code", result.Report[0]);
    }
}
