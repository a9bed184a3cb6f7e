using Publisher.Core.Output;
using Publisher.Epub;
using Publisher.Pdf;
using Publisher.Typesetting;

namespace Publisher.Cli;

/// <summary>
/// What a run of the tool takes from the process around it: the folder it runs in, its
/// environment variables, the backends and whether a person is watching the output. Tests
/// pass their own; the program passes <see cref="FromProcess"/>.
/// </summary>
public sealed record CliEnvironment(
    string WorkingDirectory,
    Func<string, string?> Variable,
    IReadOnlyList<IBookWriter> Writers)
{
    /// <summary>
    /// stdout is a terminal a person reads: a long build shows a live progress display there.
    /// Redirected output (a file, a pipe, a CI log) gets plain lines only.
    /// </summary>
    public bool Interactive { get; init; }

    /// <summary>How long a build may take before the progress display is worth showing.</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How many books are built at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public static CliEnvironment FromProcess() => new(
        Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable,
        Backends())
    {
        // CI services set CI=true and often give the job a pseudo-terminal; a progress display
        // redrawn in place is noise in a log that is read afterwards.
        Interactive = !Console.IsOutputRedirected
                      && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
                      && Environment.GetEnvironmentVariable("TERM") is not "dumb",
    };

    /// <summary>
    /// The backends, sharing one <see cref="Typesetter"/>: the EPUB marks the print edition's page breaks,
    /// so it asks the typesetter where the pages begin (the book is typeset once for both formats, or, for an
    /// EPUB alone, without painting), and, for a book without a cover image, the PDF backend for a picture of
    /// its typographic cover.
    /// </summary>
    public static IReadOnlyList<IBookWriter> Backends()
    {
        var typesetter = new Typesetter();
        var pdf = new PdfBookWriter(typesetter);
        return [pdf, new EpubBookWriter(typesetter.PageMap, pdf.TypographicCover,
            (book, reading) => { if (reading) typesetter.WillRead(book); else typesetter.DoneReading(book); })];
    }

    /// <summary>A path as the user should see it: relative to where they ran the tool, unless it lies elsewhere.</summary>
    public string Show(string path)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, path);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               || Path.IsPathRooted(relative)
            ? path
            : relative;
    }

    public string ShowFolder(string path) => Show(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
