namespace Publisher.EndToEnd.Tests;

/// <summary>
/// The built files as outside tools see them (poppler-utils, epubcheck). These run in CI
/// (.ci/run installs the tools) and fail rather than skip when a tool is missing.
/// </summary>
public sealed class ConformanceTests
{
    [Fact]
    public void Poppler_reads_the_pdf_with_the_pages_the_tool_reported_and_the_text_of_the_sources()
    {
        using var project = TempProject.From("content-only");
        var result = project.Run("build", "--format", "pdf");
        Assert.True(result.ExitCode == 0, result.ToString());

        var pdf = project.PathOf("out/sample.pdf");
        Assert.Equal(BuildTests.ReportedPages(result.OutLines[0]), Tools.PdfPages(pdf));
        var text = Tools.PdfText(pdf);
        foreach (var words in new[] { "A Sample Booklet", "First steps", "another item, a little longer", "A numbered list." })
            Assert.Contains(words, System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
    }

    [Fact]
    public void Epubcheck_finds_no_errors_and_no_warnings()
    {
        using var project = TempProject.From("content-only");
        var result = project.Run("build", "--format", "epub");
        Assert.True(result.ExitCode == 0, result.ToString());

        var report = Tools.Epubcheck(project.PathOf("out/sample.epub"));

        Assert.Contains("No errors or warnings detected.", report);
    }
}
