using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Core.Diagnostics;

namespace Publisher.Cli;

/// <summary>
/// Prints what a command has to say about the input, on stderr, in the format <c>--log</c> asks
/// for: diagnostics with a place in a file, and errors or notes that have none (<c>error: no
/// content/ folder …</c>). Every command prints through one of these, so the formats agree.
/// </summary>
public sealed class DiagnosticLog(TextWriter stderr, LogFormat format)
{
    // Paths and messages hold quotes and non-ASCII letters; escaping them as \uXXXX would only
    // make the log harder to read (the output is not embedded in HTML).
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public LogFormat Format => format;

    public void Write(Diagnostic diagnostic)
    {
        var severity = Diagnostic.Name(diagnostic.Severity);
        var at = diagnostic.Location;
        stderr.WriteLine(format switch
        {
            LogFormat.Github =>
                $"::{(diagnostic.Severity == Severity.Note ? "notice" : severity)} file={Property(at.Path)},line={Number(at.Line)},col={Number(at.Column)}," +
                $"title={Property(diagnostic.Code)}::{Data(diagnostic.Message)}",
            LogFormat.Json => Json(w =>
            {
                w.WriteString("severity", severity);
                w.WriteString("code", diagnostic.Code);
                w.WriteString("file", at.Path);
                w.WriteNumber("line", at.Line);
                w.WriteNumber("column", at.Column);
                w.WriteString("message", diagnostic.Message);
            }),
            _ => diagnostic.ToString(),
        });
    }

    /// <summary>An error that is about no file in particular: the command line, the project, Publisher itself.</summary>
    public void Error(string message) => Unplaced("error", "error", message);

    /// <summary>Something worth knowing that is not wrong: a book skipped because it asks for other formats.</summary>
    public void Note(string message) => Unplaced("note", "notice", message);

    private void Unplaced(string severity, string githubCommand, string message) =>
        stderr.WriteLine(format switch
        {
            LogFormat.Github => $"::{githubCommand}::{Data(message)}",
            LogFormat.Json => Json(w =>
            {
                w.WriteString("severity", severity);
                w.WriteString("message", message);
            }),
            _ => $"{severity}: {message}",
        });

    private static string Json(Action<Utf8JsonWriter> fill)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            fill(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // GitHub's workflow-command escaping (actions/toolkit, command.ts): a message may not hold
    // line ends or a bare '%'; a property value may not hold ':' or ',' either.
    private static string Data(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
