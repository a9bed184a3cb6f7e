using Publisher.Core.Checks;
using Publisher.Core.Diagnostics;
using Publisher.Layout.Fonts;
using Publisher.Typesetting.Checks;

namespace Publisher.Cli;

/// <summary>
/// <c>publisher check</c>: reads each book as a build would, but instead of stopping at the first
/// problem reports all of them, and some the build lets through: images without alternative text, tables
/// without a header row, characters no font of the template has, files in the book's folder that nothing uses. Writes
/// nothing. Errors make the exit code 1; warnings alone do not.
/// </summary>
public sealed class CheckCommand(TextWriter stdout, DiagnosticLog log, CliEnvironment environment)
{
    public int Run(string? book, string? root) => InternalErrors.Guard(log, environment, () => Check(book, root));

    private int Check(string? bookArgument, string? rootArgument)
    {
        var code = BookSelection.Resolve(rootArgument, bookArgument, environment, log, out var selection);
        if (code != ExitCodes.Success) return code;

        var anyErrors = false;
        foreach (var name in selection.Names)
        {
            var found = Problems(selection, name);
            foreach (var diagnostic in found) log.Write(diagnostic);
            var errors = found.Count(d => d.Severity == Severity.Error);
            var notes = found.Count(d => d.Severity == Severity.Note);
            var warnings = found.Count - errors - notes;
            anyErrors |= errors > 0;
            stdout.WriteLine(errors + warnings == 0
                ? $"{name}: no problems found{(notes > 0 ? $" ({Count(notes, "note")})" : "")}"
                : $"{name}: {Count(errors, "error")}, {Count(warnings, "warning")}{(notes > 0 ? $", {Count(notes, "note")}" : "")}");
        }
        return anyErrors ? ExitCodes.BuildFailed : ExitCodes.Success;
    }

    /// <summary>Everything wrong with one book, in file order (by path, then line and column).</summary>
    private static List<Diagnostic> Problems(BookSelection selection, string name)
    {
        var errors = new List<Diagnostic>();
        Core.Books.Book book;
        try
        {
            book = selection.Project.LoadBook(name, selection.SourceDateEpoch, errors);
        }
        catch (BuildFailedException e)
        {
            // book.yml, the template or a chapter could not be read: nothing further can be judged.
            return [e.Diagnostic];
        }
        return book.Warnings
            .Concat(book.Notes)
            .Concat(errors)
            .Concat(AltTextCheck.Run(book))
            .Concat(TableHeaderCheck.Run(book))
            .Concat(FontCoverageCheck.Run(book, FontLibrary.Shared, SystemFallback.Installed))
            .Concat(UnusedFilesCheck.Run(book, selection.Project.Root))
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
