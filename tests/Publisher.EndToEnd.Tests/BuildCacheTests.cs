namespace Publisher.EndToEnd.Tests;

/// <summary>An unchanged book is not built again; a changed source, a missing output or --force builds it.</summary>
public sealed class BuildCacheTests
{
    [Fact]
    public void A_second_build_of_unchanged_sources_writes_nothing()
    {
        using var project = TempProject.From("content-only");
        Assert.Equal(0, project.Run("build").ExitCode);
        var written = File.GetLastWriteTimeUtc(project.PathOf("out/sample.pdf"));
        var bytes = project.Read("out/sample.pdf");

        var again = project.Run("build");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(["out/sample.pdf  up to date", "out/sample.epub  up to date"], again.OutLines);
        Assert.Equal(written, File.GetLastWriteTimeUtc(project.PathOf("out/sample.pdf")));
        Assert.Equal(bytes, project.Read("out/sample.pdf"));
    }

    [Fact]
    public void Only_the_files_the_build_reads_are_hashed_so_a_fifo_or_a_device_link_nobody_uses_does_not_hang_it()
    {
        using var project = TempProject.From("content-only");
        Tools.Run("mkfifo", project.PathOf("content/sample/notes.pipe"));
        File.CreateSymbolicLink(project.PathOf("content/sample/zero"), "/dev/zero");

        var first = project.RunWithin(TimeSpan.FromMinutes(1), "build", "--format", "epub");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(["out/sample.epub  up to date"], project.Run("build", "--format", "epub").OutLines);
    }

    [Fact]
    public void A_changed_chapter_rebuilds_the_book()
    {
        using var project = TempProject.From("content-only");
        Assert.Equal(0, project.Run("build").ExitCode);
        File.AppendAllText(project.PathOf("content/sample/02-more.md"), "\nA new sentence about lighthouses.\n");

        var again = project.Run("build");

        Assert.DoesNotContain(again.OutLines, l => l.EndsWith("up to date", StringComparison.Ordinal));
        Assert.Contains("lighthouses", Tools.Run("pdftotext", project.PathOf("out/sample.pdf"), "-"));
    }

    [Fact]
    public void A_deleted_companion_file_or_force_builds_again()
    {
        using var project = TempProject.From("content-only");
        Assert.Equal(0, project.Run("build").ExitCode);

        File.Delete(project.PathOf("out/sample-imposed.pdf"));
        var afterDelete = project.Run("build", "--format", "pdf");
        Assert.StartsWith("out/sample.pdf  ", afterDelete.OutLines[0]);
        Assert.DoesNotContain("up to date", afterDelete.Out);
        Assert.True(File.Exists(project.PathOf("out/sample-imposed.pdf")));

        var forced = project.Run("build", "--force");
        Assert.DoesNotContain("up to date", forced.Out);
        Assert.Equal(3, forced.OutLines.Length);
    }

    [Fact]
    public void A_changed_template_rebuilds_the_books_that_use_it()
    {
        using var project = TempProject.From("content-only");
        project.Write("templates/booklet/template.yml", "extends: booklet\n");
        Assert.Equal(0, project.Run("build").ExitCode);
        project.Write("templates/booklet/template.yml", "extends: booklet\nbody: { size: 11pt }\n");

        var again = project.Run("build");

        Assert.DoesNotContain("up to date", again.Out);
    }
}
