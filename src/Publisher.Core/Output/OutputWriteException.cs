using System.Text.RegularExpressions;

namespace Publisher.Core.Output;

/// <summary>
/// An output file could not be written: its folder cannot be made, the disk is full, a folder has its
/// name. Told apart from a backend's own I/O errors (a font that cannot be read), so that only this one
/// is reported as PUB030 against <see cref="Path"/>.
/// </summary>
public sealed partial class OutputWriteException(string path, Exception inner)
    : IOException(TemporaryFiles.Stopping ? "the build was stopped before the file was written" : Reason(inner), inner)
{
    /// <summary>The output file (not its temporary file), as a full path.</summary>
    public string Path { get; } = path;

    /// <summary>
    /// The system's reason ("No space left on device"), without the file name .NET appends to it: that is
    /// the temporary file's, and the diagnostic names the output file already.
    /// </summary>
    private static string Reason(Exception inner) => AppendedFileName().Replace(inner.Message, "");

    [GeneratedRegex(@"\s*:\s*'[^']*'\s*$")]
    private static partial Regex AppendedFileName();
}
