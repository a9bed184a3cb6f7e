namespace Publisher.Core.Output;

/// <summary>
/// Writes a file so that readers only ever see the old one or the complete new one:
/// the bytes go to a temporary file beside the target, which is moved over it at the end.
/// A failed write deletes the temporary file and leaves the target untouched. (A batch of one:
/// see <see cref="OutputBatch"/> for several files that are replaced together.)
/// </summary>
public static class AtomicFile
{
    public static T Write<T>(string path, Func<Stream, T> writer)
    {
        using var batch = new OutputBatch();
        var result = batch.Stage(path, writer);
        batch.Commit();
        return result;
    }
}
