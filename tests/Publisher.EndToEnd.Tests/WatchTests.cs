using System.Collections.Concurrent;
using System.Diagnostics;

namespace Publisher.EndToEnd.Tests;

/// <summary><c>publisher watch</c> as a user runs it: a process that rebuilds on every save and survives errors.</summary>
public sealed class WatchTests
{
    [Fact]
    public void A_saved_change_is_rebuilt_and_an_error_does_not_stop_the_watcher()
    {
        using var project = TempProject.From("content-only");
        using var watch = WatchProcess.Start(project, "watch", "sample", "--format", "pdf");
        watch.WaitFor("watching content/");
        // The watcher's rehearsals of the next rebuild write nothing.
        Assert.Equal(["out/sample-imposed.pdf", "out/sample.pdf"], project.Files("out"));

        var chapter = project.PathOf("content/sample/02-more.md");
        File.AppendAllText(chapter, "\nA sentence about marmalade, written while watching.\n");
        watch.WaitFor("rebuilt in");
        Assert.Contains("marmalade", Tools.Run("pdftotext", project.PathOf("out/sample.pdf"), "-"));

        var yml = project.PathOf("content/sample/book.yml");
        var good = File.ReadAllText(yml);
        File.WriteAllText(yml, good + "titel: typo\n");
        // The diagnostic goes to stderr and the verdict to stdout: they may arrive in either order.
        var error = watch.WaitFor("error PUB002", "build failed; fix the error and save again")[0];
        Assert.StartsWith("content/sample/book.yml:", error);

        File.WriteAllText(yml, good);
        File.AppendAllText(chapter, "\nAnd one about quinces.\n");
        watch.WaitFor("rebuilt in");
        Assert.Contains("quinces", Tools.Run("pdftotext", project.PathOf("out/sample.pdf"), "-"));
        Assert.False(watch.HasExited);
    }

    [Fact]
    public void After_content_is_deleted_and_made_again_the_watcher_rebuilds_and_keeps_watching()
    {
        using var project = TempProject.From("content-only");
        var saved = Path.Combine(project.Root, "saved-content");
        TempProject.CopyDirectory(project.PathOf("content"), saved);
        using var watch = WatchProcess.Start(project, "watch", "sample", "--format", "pdf");
        watch.WaitFor("watching content/");

        Directory.Delete(project.PathOf("content"), recursive: true);
        watch.WaitFor("build failed");
        TempProject.CopyDirectory(saved, project.PathOf("content"));
        watch.WaitFor("rebuilt in");

        // The new folder is watched too: a save in it is seen.
        File.AppendAllText(project.PathOf("content/sample/02-more.md"), "\nA sentence about apricots, after the folder came back.\n");
        // Rebuilds for the copied files may still come first; WaitFor gives up after a minute.
        do watch.WaitFor("rebuilt in");
        while (!Tools.Run("pdftotext", project.PathOf("out/sample.pdf"), "-").Contains("apricots", StringComparison.Ordinal));
    }

    /// <summary>The tool running in the background, its output lines collected as they come.</summary>
    private sealed class WatchProcess : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new();
        private readonly List<string> _seen = [];

        private WatchProcess(Process process) => _process = process;

        public bool HasExited => _process.HasExited;

        public static WatchProcess Start(TempProject project, params string[] args)
        {
            var watch = new WatchProcess(project.StartProcess(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TempProject.Epoch }, args));
            watch._process.OutputDataReceived += (_, e) => { if (e.Data is not null) watch._lines.Add(e.Data); };
            watch._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) watch._lines.Add(e.Data); };
            watch._process.BeginOutputReadLine();
            watch._process.BeginErrorReadLine();
            return watch;
        }

        /// <summary>Waits until a line holding each of <paramref name="texts"/> has come, in any order; returns them in the order asked.</summary>
        public string[] WaitFor(params string[] texts)
        {
            var found = new string?[texts.Length];
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
            while (DateTime.UtcNow < deadline && found.Any(f => f is null))
            {
                if (_lines.TryTake(out var line, TimeSpan.FromMilliseconds(200)))
                {
                    _seen.Add(line);
                    for (var i = 0; i < texts.Length; i++)
                        if (found[i] is null && line.Contains(texts[i], StringComparison.Ordinal)) found[i] = line;
                }
                else if (_process.HasExited)
                {
                    break;
                }
            }
            if (found.All(f => f is not null)) return found!;
            throw new TimeoutException($"no line with '{string.Join("' and '", texts)}'; the watcher printed:\n{string.Join("\n", _seen)}");
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
        }
    }
}
