namespace Publisher.Core.Diagnostics;

/// <summary>
/// Thrown when input is wrong in a way that stops the build. The CLI prints the
/// diagnostic and exits 1; nothing else catches it, so no half-built output is kept.
/// </summary>
public sealed class BuildFailedException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    public static BuildFailedException At(SourceLocation location, string code, string message) =>
        new(new Diagnostic(Severity.Error, code, message, location));
}
