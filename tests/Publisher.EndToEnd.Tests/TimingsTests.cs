namespace Publisher.EndToEnd.Tests;

/// <summary><c>publisher build --timings</c>: where a build's time went, stage by stage, after the file lines.</summary>
public sealed class TimingsTests
{
    [Fact]
    public void Timings_list_each_stage_of_reading_typesetting_and_writing_both_formats_after_the_files()
    {
        using var project = TempProject.From("content-only");

        var result = project.Run("build", "--timings");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines;
        var heading = Array.IndexOf(lines, "timings (stages on different cores overlap):");
        Assert.True(heading > 0, result.ToString());
        Assert.StartsWith("out/sample.pdf  ", lines[0]);
        var stages = lines.Skip(heading + 1).Select(l => l.Trim()).ToList();
        foreach (var stage in new[] { "start-up (runtime, arguments)", "read book (template, Markdown)", "read: parse Markdown",
                     "typeset: shape and break lines", "typeset: pour pages", "pdf: write", "pdf: impose", "epub: XHTML documents",
                     "epub: fonts", "epub: zip", "whole process so far" })
            Assert.Contains(stages, s => System.Text.RegularExpressions.Regex.IsMatch(s,
                "^" + System.Text.RegularExpressions.Regex.Escape(stage) + @" +\d+\.\d ms +\d+×$"));
        Assert.Matches(@"^memory: \d+ collections .* ms paused, \d+ MB allocated, working set \d+ MB at the end \(\d+ MB of it the collector's heap\)$", stages[^2]);
        // What the runtime compiled while the tool ran: a cold start's cost that no stage shows.
        Assert.Matches(@"^compiler: \d+ methods compiled in \d+ ms$", stages[^1]);
    }

    [Fact]
    public void Without_timings_no_stage_is_printed()
    {
        using var project = TempProject.From("content-only");

        var result = project.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.OutLines, l => l.StartsWith("timings", StringComparison.Ordinal));
    }
}
