using System.Text.RegularExpressions;
using Publisher.Core.Books;

namespace Publisher.Cli;

/// <summary>
/// <c>publisher new NAME</c>: makes content/NAME/ with a book.yml and two chapters that build at
/// once. The folder appears whole or not at all: it is written under a temporary name and moved
/// into place, and an existing folder is never touched.
/// </summary>
public sealed partial class NewCommand(TextWriter stdout, DiagnosticLog log, CliEnvironment environment)
{
    public int Run(string name, string? root) => InternalErrors.Guard(log, environment, () => Create(name, root));

    // The name becomes the folder, the output files' names (out/NAME.pdf) and part of the EPUB's
    // identifier: keep it to what every file system and URL takes without quoting.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex ValidName();

    private int Create(string name, string? rootArgument)
    {
        if (!ValidName().IsMatch(name))
        {
            log.Error($"'{name}' cannot name a book: use lower-case letters, digits and hyphens, " +
                      "starting with a letter or digit (at most 64), such as 'field-notes'");
            return ExitCodes.Usage;
        }
        var root = Path.GetFullPath(rootArgument ?? ".", environment.WorkingDirectory);
        if (!Directory.Exists(root))
        {
            log.Error($"--root: the folder '{rootArgument}' does not exist");
            return ExitCodes.Usage;
        }
        var project = new Project(root);
        var folder = Path.Combine(project.ContentDirectory, name);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            log.Error($"{environment.ShowFolder(folder)} already exists: choose another name, or remove it first");
            return ExitCodes.BuildFailed;
        }

        Directory.CreateDirectory(project.ContentDirectory);
        var temporary = Path.Combine(project.ContentDirectory, $".{name}.{Environment.ProcessId}.tmp");
        var files = NewBookFiles.For(name);
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (file, text) in files)
                File.WriteAllText(Path.Combine(temporary, file), text);
            Directory.Move(temporary, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            log.Error($"cannot create {environment.ShowFolder(folder)}: {InternalErrors.OneLine(e.Message)}");
            return ExitCodes.BuildFailed;
        }

        foreach (var (file, _) in files)
            stdout.WriteLine($"created {environment.Show(Path.Combine(folder, file))}");
        stdout.WriteLine($"build it with: publisher build {name}");
        return ExitCodes.Success;
    }
}
