using System.Globalization;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Books;

/// <summary>
/// The largest chapter a build reads. War and Peace is 3.2 MB of Markdown; a chapter eight times that is
/// generated or pasted by mistake, and Markdig parses the worst of such text at a few MB a second, so the
/// limit keeps one file from holding a CI build for minutes. Checked from the file's size, before reading.
/// </summary>
public static class ChapterSize
{
    public const long MaxBytes = 24L * 1024 * 1024;

    public static void Check(string file, string displayPath)
    {
        var length = new FileInfo(file).Length;
        if (length <= MaxBytes) return;
        throw BuildFailedException.At(new SourceLocation(displayPath, 1, 1), DiagnosticCodes.FileTooLarge,
            string.Create(CultureInfo.InvariantCulture,
                $"the chapter is {length / 1048576.0:0.0} MB; a chapter may be at most {MaxBytes / 1048576} MB (a long novel is 3 or 4): split it into chapters"));
    }
}
