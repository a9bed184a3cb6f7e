using System.Globalization;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Cli;

/// <summary>
/// The project and the books a command works on, from <c>[book]</c>, <c>--root</c> and
/// SOURCE_DATE_EPOCH, shared by <c>build</c> and <c>check</c> so that both accept and refuse
/// the same things.
/// </summary>
public sealed record BookSelection(Project Project, IReadOnlyList<string> Names, string? SourceDateEpoch)
{
    /// <summary>Returns 0 and the selection, or prints why not and returns the exit code.</summary>
    public static int Resolve(string? rootArgument, string? bookArgument, CliEnvironment environment, DiagnosticLog log,
        out BookSelection selection, string? templateArgument = null, AdHocRequest? source = null)
    {
        selection = null!;
        var root = Path.GetFullPath(rootArgument ?? ".", environment.WorkingDirectory);
        if (!Directory.Exists(root))
            return Usage(log, $"--root: the folder '{rootArgument}' does not exist");

        if (!TryReadSourceDateEpoch(environment, out var sourceDateEpoch, out var epochError))
            return Usage(log, epochError);

        if (source is not null && bookArgument is not null)
            return Usage(log, $"--source builds the folder it names as the one book: leave out the book name '{bookArgument}'");
        var adHoc = source is null ? null : AdHocBook.For(root, Path.GetFullPath(source.Folder, environment.WorkingDirectory), source.Title, source.Language);
        if (adHoc is not null && !Directory.Exists(adHoc.Folder))
            return Usage(log, $"--source: the folder '{source!.Folder}' does not exist");
        var project = new Project(root, templateArgument, adHoc);
        if (templateArgument is { } template && project.Templates.Find(template) is null)
            return Usage(log, $"--template: unknown template '{template}'{NearestName.Hint(template, project.Templates.Names())}; " +
                              $"available: {string.Join(", ", project.Templates.Names())}");
        if (adHoc is not null)
        {
            selection = new BookSelection(project, [adHoc.Name], sourceDateEpoch);
            return ExitCodes.Success;
        }
        if (!Directory.Exists(project.ContentDirectory))
            return Failed(log, $"no content/ folder in {root}: each book lives in content/<name>/ beside a book.yml " +
                               "(run from the project folder, or name it with --root)");
        var available = project.BookNames();
        if (available.Count == 0)
            return Failed(log, $"no books in {environment.ShowFolder(project.ContentDirectory)}: " +
                               "a book is a folder content/<name>/ holding a book.yml");

        IReadOnlyList<string> names = available;
        if (bookArgument is { } wanted)
        {
            var name = BookName(wanted, project, environment);
            if (name is null || !available.Contains(name, StringComparer.Ordinal))
                return Usage(log, $"unknown book '{wanted}'{NearestName.Hint(name ?? wanted, available)}; " +
                                  $"available: {string.Join(", ", available)}");
            names = [name];
        }
        selection = new BookSelection(project, names, sourceDateEpoch);
        return ExitCodes.Success;
    }

    /// <summary>The book a user named: "khojaly", or a path to its folder such as "content/khojaly/".</summary>
    private static string? BookName(string wanted, Project project, CliEnvironment environment)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(wanted));
        if (name.Length == 0) return null;
        if (wanted.IndexOfAny(['/', '\\']) < 0) return name;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(wanted, environment.WorkingDirectory));
        return full == Path.Combine(project.ContentDirectory, name) ? name : null;
    }

    /// <summary>
    /// SOURCE_DATE_EPOCH, when set, must be whole seconds since 1970 (the reproducible-builds
    /// convention asks tools to refuse a malformed value rather than ignore it).
    /// </summary>
    private static bool TryReadSourceDateEpoch(CliEnvironment environment, out string? value, out string error)
    {
        value = environment.Variable(BuildCommand.SourceDateEpochVariable);
        error = "";
        if (string.IsNullOrEmpty(value)) { value = null; return true; }
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= BuildTimestamp.MaxSourceDateEpoch)
            return true;
        error = $"{BuildCommand.SourceDateEpochVariable} must be a whole number of seconds since 1970-01-01 UTC, not '{value}'";
        return false;
    }

    private static int Usage(DiagnosticLog log, string message)
    {
        log.Error(message);
        return ExitCodes.Usage;
    }

    private static int Failed(DiagnosticLog log, string message)
    {
        log.Error(message);
        return ExitCodes.BuildFailed;
    }
}
