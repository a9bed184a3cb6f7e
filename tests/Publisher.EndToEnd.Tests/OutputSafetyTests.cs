using System.Diagnostics;
using System.Globalization;
using Publisher.Core.Manifest;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// Nothing lost: a book's files are replaced together or not at all, whatever fails (a format, the disk, a
/// signal), no temporary file outlives a build, and two books never write the same file.
/// </summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public void An_epub_that_fails_after_the_pdf_was_made_replaces_neither()
    {
        using var project = TempProject.From("content-only");
        PreviousOutput.Write(project);

        var result = project.RunWith(null, [new FakeWriter(OutputFormat.Pdf), new FakeWriter(OutputFormat.Epub, FakeWriter.Diagnostic)],
            "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("content/sample/01.md:3:7: error PUB099: the backend refused this", Assert.Single(result.ErrLines));
        PreviousOutput.AssertUntouched(project);
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_build_are_removed_by_the_next_one()
    {
        using var project = TempProject.From("content-only");
        var dead = DeadProcessId();
        project.Write($"out/.sample.pdf.{dead}.tmp", "half a PDF from a build killed with SIGKILL");
        project.Write($"obj/publisher/.sample.pdf.sha256.{dead}.tmp", "half a cache record");

        var result = project.RunWith(null, FakeWriter.Both(), "build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["out/sample.epub", "out/sample.pdf"], project.Files("out"));
        Assert.DoesNotContain(project.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_stopped_with_SIGTERM_deletes_its_temporary_file_and_keeps_the_previous_output()
    {
        using var project = TempProject.From("content-only");
        // Long enough that the signal comes while the PDF is being laid out into its temporary file.
        project.Write("content/sample/03-long.md", "# Long\n\n" + string.Join("\n\n", Enumerable.Repeat(
            "A paragraph of plain words that fills a few lines of the booklet, so that the book runs to many pages " +
            "and its layout takes a while, long enough to be stopped half way through.", 600)));
        PreviousOutput.Write(project, imposed: true);

        using var process = project.StartProcess(null, "build", "--format", "pdf");
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(project.PathOf("out"), ".*.tmp").Any())
        {
            if (process.HasExited) Assert.Fail("the build ended before its temporary file was seen: " + process.StandardError.ReadToEnd());
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "no temporary file appeared in out/");
            Thread.Sleep(5);
        }
        Tools.Run("kill", "-TERM", process.Id.ToString(CultureInfo.InvariantCulture));

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the build did not stop on SIGTERM");
        PreviousOutput.AssertUntouched(project, imposed: true);
    }

    [Fact]
    public void A_book_whose_files_would_have_the_name_of_another_books_imposed_pdf_is_refused()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/sample-imposed/book.yml", "title: Another Book\nlanguage: en\n");
        project.Write("content/sample-imposed/01.md", "# Another book\n\nIts own text, about kites.\n");

        var result = project.Run("build", "--format", "pdf");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("content/sample-imposed/book.yml:1:1: error PUB031: this book's PDF would be sample-imposed.pdf, the name of " +
                     "a file the book 'sample' writes beside its own PDF; rename the folder content/sample-imposed/",
            Assert.Single(result.ErrLines));
        // The booklet's imposed file is the booklet's.
        Assert.Equal(["out/sample-imposed.pdf", "out/sample.pdf"], project.Files("out"));
        Assert.Contains("First steps", Tools.PdfText(project.PathOf("out/sample-imposed.pdf")));
        Assert.Equal(1, project.Run("check", "sample-imposed").ExitCode);
    }

    [Fact]
    public void A_full_disk_is_reported_against_the_file_and_leaves_the_previous_output()
    {
        using var project = TempProject.From("content-only");
        var disk = project.PathOf("out");
        Directory.CreateDirectory(disk);
        // A real full disk: a tmpfs too small for the booklet's files, mounted over out/ (CI runs as root, as here).
        Tools.Run("mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", disk);
        try
        {
            PreviousOutput.Write(project);

            var result = project.Run("build");

            Assert.Equal(1, result.ExitCode);
            Assert.Matches(@"^out/sample(-imposed)?\.(pdf|epub):1:1: error PUB030: cannot write the output file: No space left on device$",
                Assert.Single(result.ErrLines));
            PreviousOutput.AssertUntouched(project);
        }
        finally
        {
            Tools.Run("umount", disk);
        }
    }

    /// <summary>The id of a process that has just ended, as a killed build's would be.</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }
}
