using System.IO.Compression;
using UglyToad.PdfPig;

namespace Publisher.EndToEnd.Tests;

/// <summary>Same sources, same template, same SOURCE_DATE_EPOCH: the same bytes, from separate processes.</summary>
public sealed class ReproducibilityTests
{
    [Fact]
    public void Two_builds_give_byte_identical_files()
    {
        using var project = TempProject.From("content-only");
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TempProject.Epoch };

        var first = project.RunProcess(epoch, "build", "--out", "first");
        var second = project.RunProcess(epoch, "build", "--out", "second");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(project.Read("first/sample.pdf"), project.Read("second/sample.pdf"));
        Assert.Equal(project.Read("first/sample.epub"), project.Read("second/sample.epub"));
    }

    [Fact]
    public void Builds_in_different_folders_on_different_days_give_byte_identical_files()
    {
        // Two checkouts of the same sources: other paths, and files touched on other days
        // (as a clone made on release day and one made a month later would be).
        using var first = TempProject.From("content-only");
        using var second = TempProject.From("content-only");
        Touch(first, new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc));
        Touch(second, new DateTime(2026, 2, 17, 23, 30, 0, DateTimeKind.Utc));
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TempProject.Epoch };

        var a = first.RunProcess(epoch, "build");
        var b = second.RunProcess(epoch, "build");

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        Assert.NotEqual(first.Root, second.Root);
        Assert.Equal(first.Read("out/sample.pdf"), second.Read("out/sample.pdf"));
        Assert.Equal(first.Read("out/sample.epub"), second.Read("out/sample.epub"));
    }

    private static void Touch(TempProject project, DateTime when)
    {
        foreach (var file in project.Files()) File.SetLastWriteTimeUtc(project.PathOf(file), when);
    }

    [Fact]
    public void Without_SOURCE_DATE_EPOCH_two_builds_of_untouched_sources_are_identical_too()
    {
        using var project = TempProject.From("content-only");

        var first = project.RunProcess(null, "build", "--out", "first");
        var second = project.RunProcess(null, "build", "--out", "second");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(project.Read("first/sample.pdf"), project.Read("second/sample.pdf"));
        Assert.Equal(project.Read("first/sample.epub"), project.Read("second/sample.epub"));
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_sets_the_dates_inside_both_files()
    {
        using var project = TempProject.From("content-only");
        // 1000000000 s after 1970 is 2001-09-09T01:46:40Z.
        var result = project.RunProcess(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TempProject.Epoch }, "build");
        Assert.True(result.ExitCode == 0, result.ToString());

        using (var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf")))
        {
            Assert.StartsWith("D:20010909014640", pdf.Information.CreationDate);
            Assert.StartsWith("D:20010909014640", pdf.Information.ModifiedDate);
        }

        using var epub = ZipFile.OpenRead(project.PathOf("out/sample.epub"));
        var opf = epub.Entries.Single(e => e.FullName.EndsWith(".opf", StringComparison.Ordinal));
        using var reader = new StreamReader(opf.Open());
        Assert.Contains("2001-09-09T01:46:40Z", reader.ReadToEnd());
    }
}
