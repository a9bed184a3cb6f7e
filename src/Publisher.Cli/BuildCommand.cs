using System.Diagnostics;
using System.Globalization;
using Publisher.Core.Books;
using Publisher.Core.Highlighting;
using Publisher.Core.Diagnostics;
using Publisher.Core.Manifest;
using Publisher.Core.Output;

namespace Publisher.Cli;

/// <summary>
/// <c>publisher build</c>: loads each book once, hands it to the backend of each format it asks
/// for, and writes its files into the output folder together, once all of them are made. Books are built in parallel
/// and reported in name order, so the output is the same whichever finishes first; a book that
/// fails does not stop the others, and the exit code says whether any failed.
/// </summary>
public sealed class BuildCommand(TextWriter stdout, DiagnosticLog log, CliEnvironment environment)
{
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";
    public const string DebugVariable = InternalErrors.DebugVariable;

    /// <summary>How many builds this command has run (a watcher runs one per save).</summary>
    private int _builds;

    public int Run(BuildRequest request)
    {
        if (!request.Timings) return InternalErrors.Guard(log, environment, () => Build(request));
        StageTimings.Enabled = true;
        StageTimings.Clear();
        // The first build of a process counts the runtime's start; a watcher's rebuilds count from the save.
        var first = _builds++ == 0;
        var started = first ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : DateTime.UtcNow;
        if (first) StageTimings.Add("start-up (runtime, arguments)", DateTime.UtcNow - started);
        // A rebuild reports its own collections and compiling, not the process's since it began.
        var before = first ? default : Counters.Now();
        int code;
        try { code = InternalErrors.Guard(log, environment, () => Build(request)); }
        finally { StageTimings.Enabled = false; }
        StageTimings.Enabled = true;
        StageTimings.Add(first ? "whole process so far" : "whole rebuild", DateTime.UtcNow - started);
        StageTimings.Enabled = false;
        stdout.WriteLine("timings (stages on different cores overlap):");
        foreach (var line in StageTimings.Report()) stdout.WriteLine("  " + line);
        // The collector stops every thread while it works: its pauses are wall time no stage can win back.
        var used = Counters.Now().Since(before);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  memory: {used.Gen0} collections ({used.Gen1} of gen 1, {used.Gen2} of gen 2), " +
            $"{used.Paused.TotalMilliseconds:0} ms paused, {used.Allocated / (1024 * 1024)} MB allocated, " +
            $"working set {Environment.WorkingSet / (1024 * 1024)} MB at the end " +
            // The heap with its garbage not yet collected: most of a large book's peak (the Node.js docs: 390 of 540 MB).
            $"({GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024)} MB of it the collector's heap)"));
        // Methods compiled while the tool ran (ReadyToRun code is not counted): a cold start's hidden cost.
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  compiler: {used.Compiled} methods compiled in {used.Compiling.TotalMilliseconds:0} ms"));
        return code;
    }

    /// <summary>
    /// Builds the books of <paramref name="request"/> again and writes nothing (every file to <see cref="Stream.Null"/>),
    /// saying nothing: a watcher's rehearsal right after its first build, while the writer reads it, so that the first
    /// save finds what a rebuild needs ready (the writers' memories of the build before, the runtime's code compiled
    /// for it, the collector's room touched once). A book that fails is left alone: its next real build reports it.
    /// </summary>
    public void Rehearse(BuildRequest request)
    {
        var silent = new DiagnosticLog(TextWriter.Null, LogFormat.Text);
        if (BookSelection.Resolve(request.Root, request.Book, environment, silent, out var selection, request.Template, request.Source)
            != ExitCodes.Success) return;
        foreach (var name in selection.Names)
        {
            try
            {
                var book = selection.Project.LoadBook(name, selection.SourceDateEpoch);
                var writers = Wanted(book, request).Select(Writer).ToList();
                foreach (var writer in writers) writer.Expect(book);
                Task.WaitAll(writers.Select(writer => Task.Run(() => writer.Write(book, Stream.Null))).ToArray());
            }
            catch (Exception)
            {
                // Whatever stops a rehearsal stops the real build too, which says so.
            }
        }
    }

    /// <summary>The formats of <paramref name="book"/> to write: those its book.yml lists, or the one <c>--format</c> names among them.</summary>
    private static List<OutputFormat> Wanted(Book book, BuildRequest request)
    {
        var only = request.Format is null ? (OutputFormat?)null : Enum.Parse<OutputFormat>(request.Format, ignoreCase: true);
        return book.Manifest.Formats.Where(f => only is null || f == only).ToList();
    }

    /// <summary>The runtime's running totals that <c>--timings</c> reports: collections, their pauses, allocation, compiling.</summary>
    private readonly record struct Counters(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated, long Compiled, TimeSpan Compiling)
    {
        public static Counters Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
            GC.GetTotalAllocatedBytes(), System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());

        public Counters Since(Counters start) => new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Paused - start.Paused,
            Allocated - start.Allocated, Compiled - start.Compiled, Compiling - start.Compiling);
    }

    private int Build(BuildRequest request)
    {
        var code = BookSelection.Resolve(request.Root, request.Book, environment, log, out var selection, request.Template, request.Source);
        if (code != ExitCodes.Success) return code;
        // A book made on the command line has no book.yml for the cache to hash with its title: it is always built.
        if (request.Source is not null) request = request with { Force = true };

        var outDirectory = request.Out is null
            ? Path.Combine(selection.Project.Root, "out")
            : Path.GetFullPath(request.Out, environment.WorkingDirectory);

        var jobs = selection.Names.Select(name => new BookJob(name)).ToList();
        using var slots = new SemaphoreSlim(Math.Max(1, environment.Parallelism));
        var builds = jobs.Select(job => Task.Run(async () =>
        {
            await slots.WaitAsync().ConfigureAwait(false);
            try { BuildBook(job, selection, outDirectory, request); }
            finally { slots.Release(); }
        })).ToList();

        var progress = environment.Interactive ? new BuildProgress(stdout, environment.ProgressDelay) : null;
        var failed = false;
        var printed = new HashSet<Diagnostic>();
        for (var i = 0; i < jobs.Count; i++)
        {
            if (progress is null) builds[i].Wait();
            else progress.WaitFor(jobs[i], builds[i], jobs);
            failed |= Report(jobs[i], printed);
        }
        return failed ? ExitCodes.BuildFailed : ExitCodes.Success;
    }

    /// <summary>
    /// Prints what a finished book has to say; returns true if it failed. A warning already printed for another
    /// book (about a template they share) is not printed again.
    /// </summary>
    private bool Report(BookJob job, HashSet<Diagnostic> printed)
    {
        foreach (var warning in job.Warnings)
            if (printed.Add(warning)) log.Write(warning);
        if (job.Note is { } note) log.Note(note);
        foreach (var line in job.Files) stdout.WriteLine(line);
        if (job.Error is { } error) log.Write(error);
        if (job.Fault is { } fault) InternalErrors.Report(log, environment, fault);
        return job.Failed;
    }

    /// <summary>
    /// Builds one book's files, recording everything in <paramref name="job"/>; never throws. Its files are
    /// staged and replace the previous ones together, only once every format has succeeded (<see cref="OutputBatch"/>).
    /// </summary>
    private void BuildBook(BookJob job, BookSelection selection, string outDirectory, BuildRequest request)
    {
        try
        {
            job.Phase = "reading";
            Book book;
            using (StageTimings.Measure("read book (template, Markdown)")) book = selection.Project.LoadBook(job.Name, selection.SourceDateEpoch);
            job.Warnings.AddRange(book.Warnings);
            var wantedFormats = Wanted(book, request);
            if (wantedFormats.Count == 0)
            {
                job.Note = $"{job.Name}: skipped, its book.yml lists only " +
                           $"{string.Join(", ", book.Manifest.Formats.Select(f => f.ToString().ToLowerInvariant()))} " +
                           "under 'formats'";
                return;
            }
            job.Phase = $"writing {string.Join(", ", wantedFormats.Select(f => f.ToString().ToLowerInvariant()))}";
            // The formats are independent renderings of one parsed book: build them side by
            // side (a PDF and an EPUB on two cores), then report in the book's format order.
            var cache = new BuildCache(outDirectory, selection.Project.Root);
            // The sources' hash says whether a file is up to date; a forced build only records it for the next build,
            // so there it is computed beside the writing, on a core the writers leave idle at first.
            var sources = Task.Run(() =>
            {
                using (StageTimings.Measure("read: hash the sources")) return cache.Sources(book);
            });
            using var batch = new OutputBatch();
            // Each writer learns what the others will ask of the work they share (the PDF's pages, the EPUB's page map).
            foreach (var format in wantedFormats) Writer(format).Expect(book);
            var writes = wantedFormats
                .Select(format => Task.Run(() => WriteUnlessUpToDate(book, Writer(format), outDirectory, request, cache,
                    () => BuildCache.Key(sources.GetAwaiter().GetResult(), format), batch)))
                .ToArray();
            foreach (var write in writes)
            {
                try { write.Wait(); } catch (AggregateException) { }
            }
            foreach (var write in writes)
            {
                if (write.Exception?.InnerException is { } failure)
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
            using (StageTimings.Measure("write: move the files into place")) batch.Commit();
            foreach (var write in writes)
            {
                job.Warnings.AddRange(write.Result.Warnings);
                job.Files.Add(write.Result.Lines);
            }
            // Each format's files are hashed for its record on a core of its own: the PDF's and the EPUB's side by side.
            Parallel.ForEach(writes.Select(w => w.Result).Where(w => w.Files.Count > 0), written =>
            {
                using (StageTimings.Measure("write: record the files' hashes for the cache")) cache.Remember(written.Key, written.Files);
            });
        }
        catch (BuildFailedException e)
        {
            job.Error = e.Diagnostic;
        }
        catch (OutputWriteException e)
        {
            job.Error = new Diagnostic(Severity.Error, DiagnosticCodes.OutputNotWritable,
                $"cannot write the output file: {OneLine(e.Message)}", SourceLocation.File(environment.Show(e.Path)));
        }
        catch (Exception e)
        {
            job.Fault = e;
        }
        finally
        {
            job.Phase = job.Failed ? "failed" : "done";
            job.Finished = true;
        }
    }

    /// <summary>What writing one format gave: the lines that report it, the backend's warnings, and the files the cache is to remember under its key (none when it was up to date).</summary>
    private sealed record Written(string Lines, IReadOnlyList<Diagnostic> Warnings, string Key, IReadOnlyList<string> Files);

    /// <summary>
    /// Stages one file unless the cache shows it was built from the same sources, template and tool;
    /// a PDF asked for its typography report is always laid out again (the report comes from the layout).
    /// </summary>
    private Written WriteUnlessUpToDate(Book book, IBookWriter writer, string outDirectory, BuildRequest request,
        BuildCache cache, Func<string> key, OutputBatch batch)
    {
        var path = Path.Combine(outDirectory, $"{book.Name}.{writer.Extension}");
        if (!request.Force && !(request.Report && writer.Format == OutputFormat.Pdf) && cache.IsUpToDate(path, key()))
            return new Written($"{environment.Show(path)}  up to date", [], key(), []);
        // Only a build that writes asks for room: asking starts with a full collection.
        BuildRoom.ReserveFor(book);
        // The EPUB colours every known language's code; the PDF only when its template gives colours.
        if (writer.Format == OutputFormat.Epub || book.Template.Code.Highlight.Count > 0) CodeHighlighter.HighlightAhead(book);
        var written = WriteFile(book, writer, outDirectory, request.Report, batch);
        return written with { Key = key() };
    }

    /// <summary>
    /// Stages one file (and any companion files) and returns the lines that report them (with, asked for,
    /// the typography report), and the backend's warnings.
    /// </summary>
    private Written WriteFile(Book book, IBookWriter writer, string outDirectory, bool report, OutputBatch batch)
    {
        var path = Path.Combine(outDirectory, $"{book.Name}.{writer.Extension}");
        var shown = environment.Show(path);
        var clock = Stopwatch.StartNew();
        var result = batch.Stage(path, stream => writer.Write(book, stream));
        clock.Stop();

        var lines = new List<string> { FileLine(shown, batch.Length(path), result.Pages, clock.ElapsedMilliseconds) };
        // The summary names the file; the findings follow, one a line (docs/cli.md, "Typography report").
        if (report && result.Report.Count > 0) lines.AddRange([$"{shown}: {result.Report[0]}", .. result.Report.Skip(1)]);
        var files = new List<string> { path };
        foreach (var companion in result.Companions)
        {
            var companionPath = Path.Combine(outDirectory, $"{book.Name}{companion.Suffix}.{writer.Extension}");
            clock.Restart();
            batch.Stage(companionPath, stream => { stream.Write(companion.Bytes); return 0; });
            lines.Add(FileLine(environment.Show(companionPath), companion.Bytes.Length, companion.Pages, clock.ElapsedMilliseconds));
            files.Add(companionPath);
        }
        return new Written(string.Join(Environment.NewLine, lines), result.Warnings, "", files);
    }

    /// <summary>"out/khojaly.pdf  4 pages  37.0 KB  120 ms".</summary>
    private static string FileLine(string shown, long bytes, int? pages, long milliseconds)
    {
        var count = pages is { } n ? $"{n} {(n == 1 ? "page" : "pages")}  " : "";
        return $"{shown}  {count}{Size(bytes)}  " +
               $"{milliseconds.ToString(CultureInfo.InvariantCulture)} ms";
    }

    private IBookWriter Writer(OutputFormat format) =>
        environment.Writers.FirstOrDefault(w => w.Format == format)
        ?? throw new InvalidOperationException($"no backend for {format}");

    internal static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };

    internal static string OneLine(string message) => InternalErrors.OneLine(message);
}
