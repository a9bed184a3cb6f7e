using System.Diagnostics;
using Publisher.Core.Output;

namespace Publisher.Core.Tests;

/// <summary>Output files replace the old ones together, or not at all, and no temporary file outlives its build.</summary>
public sealed class OutputBatchTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Staged_files_replace_their_targets_only_on_commit()
    {
        var pdf = _folder.Write("out/book.pdf", "old pdf");
        var epub = _folder.Write("out/book.epub", "old epub");

        using (var batch = new OutputBatch())
        {
            batch.Stage(pdf, stream => { stream.Write("new pdf"u8); return 0; });
            Assert.Throws<InvalidOperationException>(() =>
                batch.Stage<int>(epub, stream => { stream.Write("half an epub"u8); throw new InvalidOperationException("the EPUB failed"); }));
        }
        Assert.Equal("old pdf", File.ReadAllText(pdf));
        Assert.Equal("old epub", File.ReadAllText(epub));
        Assert.Equal(["book.epub", "book.pdf"], Directory.GetFiles(_folder.PathOf("out")).Select(Path.GetFileName).Order());

        using (var batch = new OutputBatch())
        {
            batch.Stage(pdf, stream => { stream.Write("new pdf"u8); return 0; });
            batch.Stage(epub, stream => { stream.Write("new epub"u8); return 0; });
            Assert.Equal(8, batch.Length(epub));
            batch.Commit();
        }
        Assert.Equal("new pdf", File.ReadAllText(pdf));
        Assert.Equal("new epub", File.ReadAllText(epub));
        Assert.Equal(2, Directory.GetFiles(_folder.PathOf("out")).Length);
    }

    [Fact]
    public void A_full_disk_is_an_output_error_naming_the_output_file()
    {
        // /dev/full answers every write with ENOSPC, as a full disk does.
        using var stream = new OutputStream(new FileStream("/dev/full", FileMode.Open, FileAccess.Write), "/srv/out/book.pdf");

        var error = Assert.Throws<OutputWriteException>(() => { stream.Write(new byte[10_000]); stream.FlushToDisk(); });

        Assert.Equal("/srv/out/book.pdf", error.Path);
        Assert.Equal("No space left on device", error.Message);
    }

    [Fact]
    public void Temporary_files_of_processes_that_no_longer_run_are_removed_and_others_kept()
    {
        using var sleeper = Process.Start("sleep", "60");
        using var finished = Process.Start("true");
        finished.WaitForExit();
        var dead = _folder.Write($"out/.book.pdf.{finished.Id}.tmp", "left by a killed build");
        var running = _folder.Write($"out/.book.pdf.{sleeper.Id}.tmp", "being written by another build");
        var unrelated = _folder.Write("out/.notes.tmp", "not ours");
        try
        {
            TemporaryFiles.RemoveStale(_folder.PathOf("out"));

            Assert.False(File.Exists(dead));
            Assert.True(File.Exists(running));
            Assert.True(File.Exists(unrelated));
        }
        finally
        {
            sleeper.Kill();
        }
    }
}
