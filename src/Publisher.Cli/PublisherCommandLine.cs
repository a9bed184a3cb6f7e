using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Publisher.Cli;

/// <summary>
/// The command line: parses the arguments and hands them to a command. Nothing here
/// decides anything about books; see <see cref="BuildCommand"/>, <see cref="CheckCommand"/>
/// and <see cref="NewCommand"/>.
/// </summary>
public static class PublisherCommandLine
{
    /// <summary>What <c>publisher --version</c> prints: the tool's informational version (with the commit it was built from).</summary>
    public static string Version => typeof(PublisherCommandLine).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

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
        var log = new Option<LogFormat>("--log")
        {
            Description = "How problems are printed: text (path:line:col: error CODE: message), github " +
                          "(GitHub Actions annotations) or json (one object per line).",
            HelpName = "text|github|json",
            DefaultValueFactory = _ => LogFormat.Text,
            Recursive = true,
        };
        var root = new Option<string?>("--root")
        {
            Description = "The project folder, holding content/ and optionally templates/ [default: the current folder].",
            HelpName = "DIR",
            Recursive = true,
        };
        DiagnosticLog Log(ParseResult result) => new(stderr, result.GetValue(log));

        var command = new RootCommand("Publisher: builds Markdown books into print-ready PDF and EPUB 3.")
        {
            Build(stdout, environment, Log, root), Watch(stdout, environment, Log, root), Check(stdout, environment, Log, root),
            New(stdout, environment, Log, root), NewTemplate(stdout, environment, Log, root),
        };
        Examples.AddOrUpdate(command, ["publisher new field-notes", "publisher check", "publisher build",
            "publisher build field-notes --format pdf --log github"]);
        command.Options.Add(log);
        command.Options.Add(root);
        // Every command's --help ends with examples of its use.
        var help = command.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, stdout);
        return command;
    }

    /// <summary>Examples shown at the end of each command's --help.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Command, string[]> Examples = new();

    /// <summary>System.CommandLine's help, then the command's examples (its layout hooks are not public in 3.0).</summary>
    private sealed class HelpWithExamples(HelpAction help, TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                stdout.WriteLine("Examples:");
                foreach (var example in examples) stdout.WriteLine("  " + example);
                stdout.WriteLine();
            }
            return code;
        }
    }

    private static Command Build(TextWriter stdout, CliEnvironment environment, Func<ParseResult, DiagnosticLog> log,
        Option<string?> root)
    {
        var book = BookArgument("The book to build (a folder name under content/); all books when left out.");
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

        var report = new Option<bool>("--report")
        {
            Description = "After each PDF, list its overfull and loose lines, widows, orphans and runs of hyphenated lines.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Build every file, even those the cache in obj/publisher/ shows are up to date.",
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "After the build, print where its time went: the runtime's start-up, reading, parsing, each stage of " +
                          "typesetting and of writing each format.",
        };
        var template = new Option<string?>("--template", "-t")
        {
            Description = "Build with this template (shipped, or one in templates/) instead of the one each book.yml names.",
            HelpName = "NAME",
        };
        var source = new Option<string?>("--source")
        {
            Description = "Build this documentation folder (Jekyll, Hugo, Docusaurus, MkDocs style) as one book, with no " +
                          "book.yml: its pages in their generator's order. Needs --title.",
            HelpName = "DIR",
        };
        var title = new Option<string?>("--title") { Description = "The title of the book --source makes.", HelpName = "TEXT" };
        var language = new Option<string>("--language")
        {
            Description = "The language of the book --source makes (a BCP 47 tag).",
            HelpName = "TAG",
            DefaultValueFactory = _ => "en",
        };
        var build = new Command("build", "Build books from content/ into PDF and EPUB files (several books in parallel); " +
            "files whose sources, template and tool are unchanged are not built again.")
        {
            book, format, output, report, force, timings, template, source, title, language,
        };
        build.Validators.Add(result =>
        {
            if (result.GetValue(source) is not null && string.IsNullOrWhiteSpace(result.GetValue(title)))
                result.AddError("--source needs --title: the book's title (there is no book.yml to give it)");
            else if (result.GetValue(source) is null && (result.GetResult(title) is not null || result.GetResult(language) is { Implicit: false }))
                result.AddError("--title and --language are for a book made with --source; a book.yml gives its own");
        });
        Examples.AddOrUpdate(build, ["publisher build", "publisher build khojaly --format pdf", "publisher build --report --force",
            "publisher build guide --template report",
            "publisher build --source docs/ --title \"Tool documentation\"",
            "publisher build --out dist --log json"]);
        build.SetAction(result => new BuildCommand(stdout, log(result), environment).Run(new BuildRequest(
            result.GetValue(book), result.GetValue(format), result.GetValue(output), result.GetValue(root))
        {
            Report = result.GetValue(report),
            Force = result.GetValue(force),
            Timings = result.GetValue(timings),
            Template = result.GetValue(template),
            Source = result.GetValue(source) is { } folder ? new AdHocRequest(folder, result.GetValue(title)!, result.GetValue(language)!) : null,
        }));
        return build;
    }

    private static Command Check(TextWriter stdout, CliEnvironment environment, Func<ParseResult, DiagnosticLog> log,
        Option<string?> root)
    {
        var book = BookArgument("The book to check (a folder name under content/); all books when left out.");
        var check = new Command("check",
            "Look for every problem in books without building them: broken links and images, images without " +
            "alternative text, characters no font of the template has, files nothing uses. Exit code 1 if any is an error.")
        {
            book,
        };
        Examples.AddOrUpdate(check, ["publisher check", "publisher check khojaly", "publisher check --log github"]);
        check.SetAction(result => new CheckCommand(stdout, log(result), environment)
            .Run(result.GetValue(book), result.GetValue(root)));
        return check;
    }

    private static Command New(TextWriter stdout, CliEnvironment environment, Func<ParseResult, DiagnosticLog> log,
        Option<string?> root)
    {
        var name = new Argument<string>("name")
        {
            Description = "The new book's folder name under content/: lower-case letters, digits and hyphens.",
        };
        var @new = new Command("new", "Start a new book: content/NAME/ with a book.yml and two chapters that build as they are.")
        {
            name,
        };
        Examples.AddOrUpdate(@new, ["publisher new field-notes", "publisher new field-notes --root ~/books"]);
        @new.SetAction(result => new NewCommand(stdout, log(result), environment)
            .Run(result.GetValue(name)!, result.GetValue(root)));
        return @new;
    }

    private static Command Watch(TextWriter stdout, CliEnvironment environment, Func<ParseResult, DiagnosticLog> log,
        Option<string?> root)
    {
        var book = BookArgument("The book to rebuild (a folder name under content/); all books when left out.");
        var format = new Option<string?>("--format", "-f") { Description = "Build only this format (pdf or epub).", HelpName = "pdf|epub" };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "pdf", "epub");
        var output = new Option<string?>("--out", "-o") { Description = "Folder for the output files [default: <root>/out].", HelpName = "DIR" };
        var timings = new Option<bool>("--timings") { Description = "After each build, print how long each stage took." };
        var watch = new Command("watch", "Build, then rebuild on every save under content/ and templates/ until Ctrl+C.")
        {
            book, format, output, timings,
        };
        Examples.AddOrUpdate(watch, ["publisher watch", "publisher watch khojaly --format pdf"]);
        watch.SetAction((result, cancel) => new WatchCommand(stdout, log(result), environment).RunAsync(new BuildRequest(
            result.GetValue(book), result.GetValue(format), result.GetValue(output), result.GetValue(root))
        {
            Timings = result.GetValue(timings),
        }, cancel));
        return watch;
    }

    private static Command NewTemplate(TextWriter stdout, CliEnvironment environment, Func<ParseResult, DiagnosticLog> log,
        Option<string?> root)
    {
        var name = new Argument<string>("name") { Description = "The new template's name: its folder under templates/." };
        var from = new Option<string>("--from")
        {
            Description = "The template to copy (a shipped one, or one of the project's).",
            HelpName = "TEMPLATE",
            DefaultValueFactory = _ => "booklet",
        };
        var command = new Command("new-template", "Copy a template into templates/NAME, with the fonts it names, to change it.")
        {
            name, from,
        };
        Examples.AddOrUpdate(command, ["publisher new-template letter --from report", "publisher new-template mine"]);
        command.SetAction(result => new NewTemplateCommand(stdout, log(result), environment)
            .Run(result.GetValue(name)!, result.GetValue(from)!, result.GetValue(root)));
        return command;
    }

    private static Argument<string?> BookArgument(string description)
    {
        var book = new Argument<string?>("book") { Description = description, Arity = ArgumentArity.ZeroOrOne };
        // An unknown option would otherwise be taken for a book's name.
        book.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && value.StartsWith('-'))
                result.AddError($"unknown option '{value}'");
        });
        return book;
    }
}
