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
        [new PdfBookWriter(), new EpubBookWriter()]);
}
