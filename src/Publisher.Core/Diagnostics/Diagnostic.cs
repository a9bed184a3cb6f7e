namespace Publisher.Core.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// One message about the user's input, printed as
/// <c>path:line:col: error CODE: message</c>. The path is relative to the
/// repository root so that editors and CI logs can link to it.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{Location}: {kind} {Code}: {Message}";
    }
}

/// <summary>A place in a source file; line and column count from 1.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
