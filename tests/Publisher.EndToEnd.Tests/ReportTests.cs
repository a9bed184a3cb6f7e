namespace Publisher.EndToEnd.Tests;

/// <summary><c>publisher build --report</c>: the typography report printed after each PDF's line.</summary>
public sealed class ReportTests
{
    [Fact]
    public void Report_prints_the_counts_after_the_pdf_and_each_finding_with_its_page_and_source_line()
    {
        using var project = TempProject.Empty();
        project.Write("content/sample/book.yml", "title: Report\nlanguage: en\n");
        // The long word leaves "Go to" and itself alone on a justified line: its two spaces stretch far.
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 5));
        project.Write("content/sample/ch.md", $"# Report\n\nA first paragraph.\n\nGo to {word} and back.\n");

        var result = project.Run("build", "--report");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines;
        Assert.StartsWith("out/sample.pdf  ", lines[0]);
        Assert.Equal("out/sample.pdf: 0 overfull lines, 1 loose line, 0 widows, 0 orphans, " +
                     "0 runs of more than 2 hyphenated lines, 0 words cut without a hyphen, 0 lines ending inside code", lines[1]);
        // Page 3: the booklet opens with a typographic cover and its blank back.
        Assert.StartsWith("  loose    page 3    content/sample/ch.md:5  \"Go to ", lines[2]);
        // The imposed booklet and the EPUB have no report: their lines stand alone.
        Assert.StartsWith("out/sample-imposed.pdf  ", lines[3]);
        Assert.StartsWith("out/sample.epub  ", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Without_report_only_the_file_lines_are_printed()
    {
        using var project = TempProject.From("content-only");

        var result = project.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["out/sample.pdf", "out/sample-imposed.pdf", "out/sample.epub"],
            result.OutLines.Select(l => l[..l.IndexOf("  ", StringComparison.Ordinal)]));
    }
}
