namespace Publisher.Core.Output;

/// <summary>
/// The files of one build, each written whole to a temporary file beside its target
/// (<see cref="TemporaryFiles"/>) and moved into place only by <see cref="Commit"/>, all of them together;
/// disposed without a commit, it deletes them and leaves every target as it was. So a book whose EPUB
/// fails after its PDF was written replaces neither. Each move is atomic (a reader sees the old file or
/// the new one); the moves of one batch follow each other, so only a crash between two of them could
/// leave new and old files side by side.
/// </summary>
public sealed class OutputBatch : IDisposable
{
    private readonly List<(string Temporary, string Target)> _staged = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// Writes <paramref name="path"/>'s bytes through <paramref name="writer"/> into a temporary file; returns the
    /// writer's result. Any failure to write the file itself is an <see cref="OutputWriteException"/>.
    /// </summary>
    /// <param name="durable">false: the file need not survive a crash of the machine (a cache's record, which a later
    /// build does without), so it is not flushed to disk before it replaces the old one.</param>
    public T Stage<T>(string path, Func<Stream, T> writer, bool durable = true)
    {
        var target = Path.GetFullPath(path);
        var temporary = Prepare(target);
        lock (_lock) _staged.Add((temporary, target));
        OutputStream stream;
        try
        {
            stream = new OutputStream(new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None), target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(target, e);
        }
        using (stream)
        {
            var result = writer(stream);
            if (durable)
                using (Diagnostics.StageTimings.Measure("write: flush to disk")) stream.FlushToDisk();
            return result;
        }
    }

    /// <summary>The size of the file staged for <paramref name="path"/>, as it will be once committed.</summary>
    public long Length(string path)
    {
        var target = Path.GetFullPath(path);
        lock (_lock) return new FileInfo(_staged.Single(s => s.Target == target).Temporary).Length;
    }

    /// <summary>Moves every staged file over its target, in the order they were staged.</summary>
    public void Commit()
    {
        lock (_lock)
        {
            foreach (var (temporary, target) in _staged)
            {
                try
                {
                    File.Move(temporary, target, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new OutputWriteException(target, e);
                }
            }
        }
    }

    /// <summary>Deletes whatever was staged and not committed.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var (temporary, _) in _staged) TemporaryFiles.Forget(temporary);
            _staged.Clear();
        }
    }

    /// <summary>Makes the target's folder and checks that nothing but a file has the target's name, so the move cannot fail later for that.</summary>
    private static string Prepare(string target)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Directory.Exists(target))
                throw new IOException($"a folder has the output file's name: {target}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(target, e);
        }
        return TemporaryFiles.For(target);
    }
}
