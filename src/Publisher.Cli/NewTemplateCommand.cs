using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;

namespace Publisher.Cli;

/// <summary>
/// <c>publisher new-template NAME --from booklet</c>: copies a template into the project's
/// <c>templates/NAME/</c> to change as the user likes, and checks that the copy reads.
/// </summary>
public sealed class NewTemplateCommand(TextWriter stdout, DiagnosticLog log, CliEnvironment environment)
{
    public int Run(string name, string from, string? root)
    {
        var project = Path.GetFullPath(root ?? ".", environment.WorkingDirectory);
        if (!Directory.Exists(project))
        {
            log.Error($"--root: the folder '{root}' does not exist");
            return ExitCodes.Usage;
        }
        try
        {
            var written = TemplateCopier.Copy(project, name, from);
            // The copy must read as the original did; a failure here is a bug worth seeing at once.
            new TemplateLocator(project).Load(name, SourceLocation.File($"templates/{name}/template.yml"));
            foreach (var file in written) stdout.WriteLine($"created {file}");
            stdout.WriteLine($"A book uses it with 'template: {name}' in its book.yml (docs/templates.md lists every key).");
            return ExitCodes.Success;
        }
        catch (TemplateCopyException e)
        {
            log.Error(e.Message);
            return ExitCodes.BuildFailed;
        }
        catch (BuildFailedException e)
        {
            log.Write(e.Diagnostic);
            return ExitCodes.BuildFailed;
        }
    }
}
