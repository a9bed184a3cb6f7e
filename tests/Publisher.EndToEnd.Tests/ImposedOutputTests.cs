namespace Publisher.EndToEnd.Tests;

/// <summary>out/&lt;book&gt;-imposed.pdf, written by a booklet build beside the PDF: whole, reproducible, or not at all.</summary>
public sealed class ImposedOutputTests
{
    [Fact]
    public void A_booklet_build_writes_an_imposed_A4_landscape_file_that_qpdf_accepts_and_a_rebuild_repeats()
    {
        using var project = TempProject.From("content-only");

        var first = project.Run("build", "--format", "pdf");
        Assert.True(first.ExitCode == 0, first.ToString());
        var imposed = project.PathOf("out/sample-imposed.pdf");
        var pages = Tools.PdfPages(project.PathOf("out/sample.pdf"));
        // Two pages to a side, the count rounded up to whole sheets of four pages.
        Assert.Equal((pages + 3) / 4 * 2, Tools.PdfPages(imposed));
        Assert.Contains(first.OutLines, l => l.StartsWith($"out/sample-imposed.pdf  {Tools.PdfPages(imposed)} pages  ", StringComparison.Ordinal));
        // A4 landscape, to the hundredth of a point.
        Assert.Contains("Page size:       841.89 x 595.276 pts (A4)", Tools.Run("pdfinfo", imposed));
        Tools.Run("qpdf", "--check", imposed);

        var bytes = project.Read("out/sample-imposed.pdf");
        var second = project.Run("build", "--format", "pdf");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(bytes, project.Read("out/sample-imposed.pdf"));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_imposed_file_as_it_was_and_no_temporary_file()
    {
        using var project = TempProject.From("content-only");
        var good = project.Run("build", "--format", "pdf");
        Assert.True(good.ExitCode == 0, good.ToString());
        var before = project.Read("out/sample-imposed.pdf");

        project.Write("content/sample/03-broken.md", "# Broken\n\n![a picture](missing.png)\n");
        var bad = project.Run("build", "--format", "pdf");

        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("content/sample/03-broken.md:3:1: error PUB041: ", Assert.Single(bad.ErrLines));
        Assert.Empty(bad.OutLines);
        Assert.Equal(before, project.Read("out/sample-imposed.pdf"));
        Assert.Equal(["out/sample-imposed.pdf", "out/sample.pdf"], project.Files("out"));
    }
}
