using System.Diagnostics;
using System.Globalization;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Manifest;
using Publisher.Core.Output;

namespace Publisher.Cli;

/// <summary>
/// <c>publisher build</c>: loads each book once, hands it to the backend of each format
/// it asks for, and writes every file atomically into the output folder. The first
/// book that fails stops the build; files already finished stay.
/// </summary>
public sealed class BuildCommand(TextWriter stdout, TextWriter stderr, CliEnvironment environment)
{
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";
    public const string DebugVariable = "PUBLISHER_DEBUG";

    public int Run(BuildRequest request)
    {
        try
        {
            return Build(request);
        }
        catch (BuildFailedException e)
        {
            stderr.WriteLine(e.Diagnostic.ToString());
            return ExitCodes.BuildFailed;
        }
        catch (Exception e)
        {
            if (environment.Variable(DebugVariable) is "1" or "true")
                stderr.WriteLine($"error: internal error: {e}");
            else
                stderr.WriteLine($"error: internal error: {OneLine(e.Message)} " +
                                 $"(set {DebugVariable}=1 to see where it happened)");
            return ExitCodes.BuildFailed;
        }
    }

    private int Build(BuildRequest request)
    {
        var working = environment.WorkingDirectory;
        var root = Path.GetFullPath(request.Root ?? ".", working);
        if (!Directory.Exists(root))
            return Usage($"--root: the folder '{request.Root}' does not exist");

        if (!TryReadSourceDateEpoch(out var sourceDateEpoch, out var epochError))
            return Usage(epochError);

        var project = new Project(root);
        if (!Directory.Exists(project.ContentDirectory))
            return Failed($"no content/ folder in {root}: each book lives in content/<name>/ beside a book.yml " +
                          "(run from the project folder, or name it with --root)");
        var available = project.BookNames();
        if (available.Count == 0)
            return Failed($"no books in {ShowFolder(project.ContentDirectory)}: a book is a folder content/<name>/ holding a book.yml");

        IReadOnlyList<string> names = available;
        if (request.Book is { } wanted)
        {
            var name = BookName(wanted, project);
            if (name is null || !available.Contains(name, StringComparer.Ordinal))
                return Usage($"unknown book '{wanted}'{NearestName.Hint(name ?? wanted, available)}; " +
                             $"available: {string.Join(", ", available)}");
            names = [name];
        }

        var formats = request.Format is null
            ? (OutputFormat?)null
            : Enum.Parse<OutputFormat>(request.Format, ignoreCase: true);
        var outDirectory = request.Out is null
            ? Path.Combine(root, "out")
            : Path.GetFullPath(request.Out, working);

        foreach (var name in names)
        {
            var book = project.LoadBook(name, sourceDateEpoch);
            foreach (var warning in book.Warnings) stderr.WriteLine(warning.ToString());
            var wantedFormats = book.Manifest.Formats.Where(f => formats is null || f == formats).ToList();
            if (wantedFormats.Count == 0)
            {
                stderr.WriteLine($"note: {name}: skipped, its book.yml lists only " +
                                 $"{string.Join(", ", book.Manifest.Formats.Select(f => f.ToString().ToLowerInvariant()))} " +
                                 "under 'formats'");
                continue;
            }
            // The formats are independent renderings of one parsed book: build them side by
            // side (a PDF and an EPUB on two cores), then report in the book's format order.
            var builds = wantedFormats
                .Select(format => Task.Run(() => WriteFile(book, Writer(format), outDirectory, request.Report)))
                .ToArray();
            foreach (var build in builds)
            {
                try { build.Wait(); } catch (AggregateException) { }
            }
            foreach (var build in builds)
            {
                if (build.Exception?.InnerException is { } failure)
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                foreach (var warning in build.Result.Warnings) stderr.WriteLine(warning.ToString());
                stdout.WriteLine(build.Result.Lines);
            }
        }
        return ExitCodes.Success;
    }

    /// <summary>
    /// Writes one file (and any companion files) and returns the lines that report them (with, asked for,
    /// the typography report), and the backend's warnings.
    /// </summary>
    private (string Lines, IReadOnlyList<Diagnostic> Warnings) WriteFile(Book book, IBookWriter writer, string outDirectory,
        bool report)
    {
        var path = Path.Combine(outDirectory, $"{book.Name}.{writer.Extension}");
        var shown = Show(path);
        var clock = Stopwatch.StartNew();
        var insideWriter = false;
        WriteResult result;
        try
        {
            result = AtomicFile.Write(path, stream =>
            {
                insideWriter = true;
                var r = writer.Write(book, stream);
                insideWriter = false;
                return r;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && !insideWriter)
        {
            throw BuildFailedException.At(SourceLocation.File(shown), DiagnosticCodes.OutputNotWritable,
                $"cannot write the output file: {OneLine(e.Message)}");
        }
        clock.Stop();

        var lines = new List<string> { Report(shown, path, result.Pages, clock.ElapsedMilliseconds) };
        // The summary names the file; the findings follow, one a line (docs/cli.md, "Typography report").
        if (report && result.Report.Count > 0) lines.AddRange([$"{shown}: {result.Report[0]}", .. result.Report.Skip(1)]);
        foreach (var companion in result.Companions) lines.Add(WriteCompanion(book, writer, companion, outDirectory));
        return (string.Join(Environment.NewLine, lines), result.Warnings);
    }

    /// <summary>Writes a further file the backend made in memory (an imposed PDF), atomically like the main one.</summary>
    private string WriteCompanion(Book book, IBookWriter writer, CompanionFile companion, string outDirectory)
    {
        var path = Path.Combine(outDirectory, $"{book.Name}{companion.Suffix}.{writer.Extension}");
        var clock = Stopwatch.StartNew();
        try
        {
            AtomicFile.Write(path, stream => { stream.Write(companion.Bytes); return 0; });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BuildFailedException.At(SourceLocation.File(Show(path)), DiagnosticCodes.OutputNotWritable,
                $"cannot write the output file: {OneLine(e.Message)}");
        }
        return Report(Show(path), path, companion.Pages, clock.ElapsedMilliseconds);
    }

    private static string Report(string shown, string path, int? pages, long milliseconds)
    {
        var count = pages is { } n ? $"{n} {(n == 1 ? "page" : "pages")}  " : "";
        return $"{shown}  {count}{Size(new FileInfo(path).Length)}  " +
               $"{milliseconds.ToString(CultureInfo.InvariantCulture)} ms";
    }

    private IBookWriter Writer(OutputFormat format) =>
        environment.Writers.FirstOrDefault(w => w.Format == format)
        ?? throw new InvalidOperationException($"no backend for {format}");

    /// <summary>The book a user named: "khojaly", or a path to its folder such as "content/khojaly/".</summary>
    private string? BookName(string wanted, Project project)
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
    private bool TryReadSourceDateEpoch(out string? value, out string error)
    {
        value = environment.Variable(SourceDateEpochVariable);
        error = "";
        if (string.IsNullOrEmpty(value)) { value = null; return true; }
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= BuildTimestamp.MaxSourceDateEpoch)
            return true;
        error = $"{SourceDateEpochVariable} must be a whole number of seconds since 1970-01-01 UTC, not '{value}'";
        return false;
    }

    private int Usage(string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }

    private int Failed(string message)
    {
        stderr.WriteLine($"error: {message}");
        return ExitCodes.BuildFailed;
    }

    /// <summary>A path as the user should see it: relative to where they ran the tool, unless it lies elsewhere.</summary>
    private string Show(string path)
    {
        var relative = Path.GetRelativePath(environment.WorkingDirectory, path);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               || Path.IsPathRooted(relative)
            ? path
            : relative;
    }

    private string ShowFolder(string path) => Show(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    internal static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
