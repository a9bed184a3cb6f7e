namespace Publisher.Core.Output;

/// <summary>
/// Writes a file so that readers only ever see the old one or the complete new one:
/// the bytes go to a temporary file beside the target, which is moved over it at the end.
/// A failed write deletes the temporary file and leaves the target untouched.
/// </summary>
public static class AtomicFile
{
    public static T Write<T>(string path, Func<Stream, T> writer)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            T result;
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                result = writer(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
            return result;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
