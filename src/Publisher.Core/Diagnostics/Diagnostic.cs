namespace Publisher.Core.Diagnostics;

/// <summary>How much a diagnostic matters: an error stops the build, a warning is printed, a note only informs (<c>check</c>).</summary>
public enum Severity { Warning, Error, Note }

/// <summary>
/// One message about the user's input, printed as
/// <c>path:line:col: error CODE: message</c>. The path is relative to the
/// repository root so that editors and CI logs can link to it.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public override string ToString()
    {
        var kind = Name(Severity);
        return $"{Location}: {kind} {Code}: {OneLine(Message)}";
    }

    /// <summary>The word a log prints for a severity.</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Note => "note",
        _ => "warning",
    };

    /// <summary>
    /// A message quoting the user's value keeps to one line: line breaks and other control characters
    /// in it are shown as escapes (<c>\n</c>, <c>\u0001</c>), as the value would be written in YAML.
    /// </summary>
    private static string OneLine(string message)
    {
        if (!message.Any(IsBreaking)) return message;
        var line = new System.Text.StringBuilder(message.Length + 8);
        foreach (var c in message)
            line.Append(!IsBreaking(c) ? c.ToString() : c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => $"\\u{(int)c:x4}",
            });
        return line.ToString();
    }

    private static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}

/// <summary>A place in a source file; line and column count from 1.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
