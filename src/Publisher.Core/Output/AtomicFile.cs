namespace Publisher.Core.Output;

/// <summary>
/// Writes a file so that readers only ever see the old one or the complete new one:
/// the bytes go to a temporary file beside the target, which is moved over it at the end.
/// A failed write deletes the temporary file and leaves the target untouched. (A batch of one:
/// see <see cref="OutputBatch"/> for several files that are replaced together.)
/// </summary>
public static class AtomicFile
{
    /// <param name="durable">false: a file that need not survive a crash of the machine is not flushed to disk first
    /// (<see cref="OutputBatch.Stage{T}"/>).</param>
    public static T Write<T>(string path, Func<Stream, T> writer, bool durable = true)
    {
        using var batch = new OutputBatch();
        var result = batch.Stage(path, writer, durable);
        batch.Commit();
        return result;
    }
}
