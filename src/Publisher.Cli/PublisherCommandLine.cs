using System.CommandLine;
using System.CommandLine.Invocation;

namespace Publisher.Cli;

/// <summary>
/// The command line: parses the arguments and hands them to a command. Nothing here
/// decides anything about books; see <see cref="BuildCommand"/>.
/// </summary>
public static class PublisherCommandLine
{
    /// <summary>Runs the tool as the process would, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment? environment = null)
    {
        environment ??= CliEnvironment.FromProcess();
        var parse = Create(stdout, stderr, environment).Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {BuildCommand.OneLine(error.Message)}");
            stderr.WriteLine("Run 'publisher --help' for usage.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        });
    }

    private static RootCommand Create(TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        var book = new Argument<string?>("book")
        {
            Description = "The book to build (a folder name under content/); all books when left out.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        // An unknown option would otherwise be taken for a book's name.
        book.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && value.StartsWith('-'))
                result.AddError($"unknown option '{value}'");
        });
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Build only this format (pdf or epub); both when left out.",
            HelpName = "pdf|epub",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "pdf", "epub");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Folder for the output files [default: <root>/out].",
            HelpName = "DIR",
        };
        var root = new Option<string?>("--root")
        {
            Description = "The project folder, holding content/ and optionally templates/ [default: the current folder].",
            HelpName = "DIR",
        };

        var build = new Command("build", "Build books from content/ into PDF and EPUB files.")
        {
            book, format, output, root,
        };
        build.SetAction(result => new BuildCommand(stdout, stderr, environment).Run(new BuildRequest(
            result.GetValue(book), result.GetValue(format), result.GetValue(output), result.GetValue(root))));

        return new RootCommand("Publisher: builds Markdown books into print-ready PDF and EPUB 3.")
        {
            build, Watch(stdout, stderr, environment), NewTemplate(stdout, stderr, environment),
        };
    }

    private static Command Watch(TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        var book = new Argument<string?>("book")
        {
            Description = "The book to rebuild (a folder name under content/); all books when left out.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string?>("--format", "-f") { Description = "Build only this format (pdf or epub).", HelpName = "pdf|epub" };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "pdf", "epub");
        var output = new Option<string?>("--out", "-o") { Description = "Folder for the output files [default: <root>/out].", HelpName = "DIR" };
        var root = new Option<string?>("--root") { Description = "The project folder [default: the current folder].", HelpName = "DIR" };
        var command = new Command("watch",
            "Build, then rebuild on every save under content/ and templates/ until Ctrl+C.\n\n" +
            "Example:\n  publisher watch khojaly --format pdf")
        {
            book, format, output, root,
        };
        command.SetAction((result, cancel) => new WatchCommand(stdout, stderr, environment).RunAsync(new BuildRequest(
            result.GetValue(book), result.GetValue(format), result.GetValue(output), result.GetValue(root)), cancel));
        return command;
    }

    private static Command NewTemplate(TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        var name = new Argument<string>("name") { Description = "The new template's name: its folder under templates/." };
        var from = new Option<string>("--from")
        {
            Description = "The template to copy (a shipped one, or one of the project's).",
            HelpName = "TEMPLATE",
            DefaultValueFactory = _ => "booklet",
        };
        var root = new Option<string?>("--root")
        {
            Description = "The project folder [default: the current folder].",
            HelpName = "DIR",
        };
        var command = new Command("new-template",
            "Copy a template into templates/NAME to change it.\n\nExample:\n  publisher new-template letter --from report")
        {
            name, from, root,
        };
        command.SetAction(result => new NewTemplateCommand(stdout, stderr, environment)
            .Run(result.GetValue(name)!, result.GetValue(from)!, result.GetValue(root)));
        return command;
    }
}
