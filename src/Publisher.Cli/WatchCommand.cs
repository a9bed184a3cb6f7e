using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace Publisher.Cli;

/// <summary>
/// <c>publisher watch [BOOK]</c>: builds once, then again after every save under content/ or
/// templates/, until stopped (Ctrl+C). A build error is printed and the watcher waits for the
/// next save: a typo must not end the writing session. Saves that come in a burst (an editor
/// writing a temporary file and renaming it) make one rebuild.
/// </summary>
public sealed class WatchCommand(TextWriter stdout, DiagnosticLog log, CliEnvironment environment)
{
    /// <summary>How long the folder must stay quiet after a change before the rebuild starts.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    public async Task<int> RunAsync(BuildRequest request, CancellationToken cancel)
    {
        var root = Path.GetFullPath(request.Root ?? ".", environment.WorkingDirectory);
        var content = Path.Combine(root, "content");
        if (!Directory.Exists(content))
        {
            log.Error($"no content/ folder in {root}: each book lives in content/<name>/ beside a book.yml");
            return ExitCodes.BuildFailed;
        }
        var outDirectory = Path.GetFullPath(request.Out ?? Path.Combine(root, "out"), environment.WorkingDirectory);
        var build = new BuildCommand(stdout, log, environment);
        // Every rebuild after this one is of the same books after a small edit.
        foreach (var writer in environment.Writers) writer.KeepBetweenBuilds();
        build.Run(request);

        var changes = Channel.CreateUnbounded<string>();
        using var watchers = new WatcherSet(changes.Writer, outDirectory, root,
            [content, Path.Combine(root, "templates")]);
        // Twice more, writing nothing, while the writer reads the first build: the first save's rebuild is then as quick
        // as the ones after. Without it the first two saves of Pro Git took about a second each, and 250 ms after: a
        // rebuild's room (RebuildCollector) alternates between two stretches of memory, each slow the first time it is
        // touched. Saves from now on are seen, and rebuilt once the rehearsals are done.
        var collector = new RebuildCollector();
        // From here on each rebuild's room is the collector's (RebuildCollector), asked for between builds; a build
        // asking for its own (BuildRoom) when that room ran out would start with a full collection instead.
        BuildRoom.Enabled = false;
        for (var rehearsal = 0; rehearsal < 2; rehearsal++)
        {
            collector.Prepare();
            build.Rehearse(request);
        }
        collector.Prepare();
        stdout.WriteLine($"watching {Shown(root, content)}/ and templates/ for changes (Ctrl+C to stop)");
        stdout.Flush();

        try
        {
            while (true)
            {
                var changed = new List<string> { await changes.Reader.ReadAsync(cancel) };
                // Wait for the burst to end.
                while (await WaitForMore(changes.Reader, changed, cancel)) { }
                var clock = Stopwatch.StartNew();
                // Editors save through temporary files: name a file that is still there.
                var shown = changed.Distinct().Where(File.Exists).DefaultIfEmpty(changed[0]).First();
                stdout.WriteLine($"changed: {Shown(root, shown)}");
                var code = 0;
                foreach (var rebuild in Affected(request, content, changed)) code = Math.Max(code, build.Run(rebuild));
                collector.Done();
                stdout.WriteLine(code == ExitCodes.Success
                    ? $"rebuilt in {clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture)} ms"
                    : "build failed; fix the error and save again");
                stdout.Flush();
                var preparing = Stopwatch.StartNew();
                collector.Prepare();
                if (request.Timings)
                    stdout.WriteLine($"collector ready for the next rebuild in {preparing.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
            }
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
    }

    /// <summary>
    /// The builds a set of changes calls for: only the books whose folders changed, unless the
    /// user named one, or a template changed (which may dress every book).
    /// </summary>
    private static IEnumerable<BuildRequest> Affected(BuildRequest request, string content, List<string> changed)
    {
        if (request.Book is not null) return [request];
        var books = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var relative = Path.GetRelativePath(content, path);
            // A template, or content/ itself made again: every book.
            if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal)) return [request];
            var book = relative.Split(Path.DirectorySeparatorChar)[0];
            if (File.Exists(Path.Combine(content, book, "book.yml"))) books.Add(book);
        }
        return books.Select(b => request with { Book = b });
    }

    /// <summary>True when another change came within <see cref="Quiet"/> (and was added to <paramref name="changed"/>).</summary>
    private static async Task<bool> WaitForMore(ChannelReader<string> reader, List<string> changed, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(Quiet);
        try
        {
            changed.Add(await reader.ReadAsync(timeout.Token));
            return true;
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string Shown(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>
    /// One recursive watcher per watched folder that exists, feeding the paths that changed into a channel,
    /// and one on the project folder itself. A watcher dies with its folder: after <c>rm -rf content/</c> (or a
    /// branch switch that replaces it) the folder made again would never be watched. So when a watched folder
    /// appears in the project folder, its watcher is made anew and the folder itself counts as changed (every
    /// book is rebuilt), since its files may have been written before the new watcher saw them.
    /// </summary>
    private sealed class WatcherSet : IDisposable
    {
        private readonly Dictionary<string, FileSystemWatcher?> _watchers = new(StringComparer.Ordinal);
        private readonly FileSystemWatcher _root;
        private readonly ChannelWriter<string> _changes;
        private readonly string _outDirectory;
        private readonly Lock _lock = new();

        public WatcherSet(ChannelWriter<string> changes, string outDirectory, string root, IEnumerable<string> folders)
        {
            _changes = changes;
            _outDirectory = outDirectory;
            foreach (var folder in folders) Arm(folder);
            _root = new FileSystemWatcher(root) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
            _root.Created += (_, e) => Appeared(e.FullPath);
            _root.Renamed += (_, e) => Appeared(e.FullPath);
            _root.EnableRaisingEvents = true;
        }

        private void Appeared(string folder)
        {
            lock (_lock)
                if (!_watchers.ContainsKey(folder)) return;
            Arm(folder);
            _changes.TryWrite(folder);
        }

        /// <summary>Watches <paramref name="folder"/> from now on (if it exists), dropping the watcher it had.</summary>
        private void Arm(string folder)
        {
            lock (_lock)
            {
                if (_watchers.GetValueOrDefault(folder) is { } old) old.Dispose();
                _watchers[folder] = Directory.Exists(folder) ? Watch(folder) : null;
            }
        }

        private FileSystemWatcher Watch(string folder)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => Changed(e.FullPath);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }

        private void Changed(string path)
        {
            // The build's own output, and editors' swap and backup files, are not changes to the book.
            if (path.StartsWith(_outDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return;
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)) return;
            _changes.TryWrite(path);
        }

        public void Dispose()
        {
            _root.Dispose();
            lock (_lock)
                foreach (var watcher in _watchers.Values) watcher?.Dispose();
        }
    }
}
