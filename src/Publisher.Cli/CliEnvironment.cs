using Publisher.Core.Output;
using Publisher.Epub;
using Publisher.Pdf;

namespace Publisher.Cli;

/// <summary>
/// What a run of the tool takes from the process around it: the folder it runs in, its
/// environment variables and the backends. Tests pass their own; the program passes
/// <see cref="FromProcess"/>.
/// </summary>
public sealed record CliEnvironment(
    string WorkingDirectory,
    Func<string, string?> Variable,
    IReadOnlyList<IBookWriter> Writers)
{
    public static CliEnvironment FromProcess() => new(
        Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable,
        Backends());

    /// <summary>
    /// The backends. The EPUB marks the print edition's page breaks, so it asks the PDF backend
    /// where the pages begin (laying the book out once for both, or, for an EPUB alone, without painting).
    /// </summary>
    public static IReadOnlyList<IBookWriter> Backends()
    {
        var pdf = new PdfBookWriter();
        return [pdf, new EpubBookWriter(pdf.PageMap)];
    }
}
