using System.Reflection;
using System.Text.Json;
using Publisher.Core.Books;
using Publisher.Core.Manifest;
using Publisher.Core.Output;

namespace Publisher.EndToEnd.Tests;

/// <summary>What every command shares: --help with examples, --version, --log, parallel books, the progress display.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("new")]
    public void Help_on_each_command_ends_with_examples_of_that_command(string command)
    {
        using var project = TempProject.Empty();

        var result = project.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        var examples = result.OutLines.SkipWhile(l => l != "Examples:").Skip(1).ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.StartsWith($"  publisher {command}", e));
        Assert.Contains("--log <text|github|json>", result.Out);
        Assert.Empty(project.Files());
    }

    [Fact]
    public void Help_of_the_tool_lists_the_commands_and_examples()
    {
        using var project = TempProject.Empty();

        var result = project.RunProcess(null, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var text in new[] { "build <book>", "check <book>", "new <name>", "--version", "Examples:", "  publisher new field-notes" })
            Assert.Contains(text, result.Out);
    }

    [Fact]
    public void Version_prints_the_assemblys_informational_version()
    {
        using var project = TempProject.Empty();
        var expected = typeof(Publisher.Cli.BuildCommand).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = project.RunProcess(null, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([expected], result.OutLines);
        Assert.StartsWith("0.1.0", expected);
    }

    [Fact]
    public void A_system_library_that_is_not_installed_is_named_with_what_to_install_not_as_an_internal_error()
    {
        var stderr = new StringWriter();
        var log = new Publisher.Cli.DiagnosticLog(stderr, Publisher.Cli.LogFormat.Text);
        var environment = new Publisher.Cli.CliEnvironment("/", _ => null, []);
        // As the ICU binding's first use fails on a machine without libicu: inside a type's initializer, on a worker thread.
        var missing = new DllNotFoundException("the ICU library (libicuuc and libicui18n) is not installed: install it (Debian: libicu72)");
        var code = Publisher.Cli.InternalErrors.Guard(log, environment,
            () => throw new AggregateException(new TypeInitializationException("Publisher.Core.Unicode.Icu", missing)));

        Assert.Equal(1, code);
        Assert.DoesNotContain("internal error", stderr.ToString());
        Assert.Contains("is not installed: install it (Debian: libicu72)", stderr.ToString());
    }

    [Fact]
    public void Log_github_annotates_a_failed_build_and_unplaced_errors()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/sample/book.yml", "title: A Sample\nlanguage: en\nchapters: [nowhere.md]\n");

        var failed = project.RunWith(null, FakeWriter.Both(), "build", "--log", "github");
        var unknown = project.RunWith(null, FakeWriter.Both(), "build", "smaple", "--log", "github");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("::error file=content/sample/book.yml,line=3,col=12,title=PUB011::chapter file 'nowhere.md' not found",
            Assert.Single(failed.ErrLines));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("::error::unknown book 'smaple' (did you mean 'sample'?); available: sample", Assert.Single(unknown.ErrLines));
    }

    [Fact]
    public void Log_json_of_a_build_gives_warnings_and_notes_as_objects()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/sample/02-more.md", "# More\n\nPress <kbd>Q</kbd>.\n");
        project.Write("content/other/book.yml", "title: Other\nlanguage: en\nformats: [epub]\n");
        project.Write("content/other/one.md", "# One\n");

        var result = project.RunWith(null, FakeWriter.Both(), "build", "--format", "pdf", "--log", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.ErrLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("note", lines[0].GetProperty("severity").GetString());
        Assert.Equal("other: skipped, its book.yml lists only epub under 'formats'", lines[0].GetProperty("message").GetString());
        Assert.Equal("warning", lines[1].GetProperty("severity").GetString());
        Assert.Equal("PUB050", lines[1].GetProperty("code").GetString());
        Assert.Equal("content/sample/02-more.md", lines[1].GetProperty("file").GetString());
        Assert.Equal(3, lines[1].GetProperty("line").GetInt32());
        Assert.Equal(7, lines[1].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Books_are_built_at_the_same_time_and_reported_in_name_order()
    {
        using var project = TempProject.From("content-only");
        foreach (var name in new[] { "delta", "alpha", "charlie", "bravo" })
        {
            project.Write($"content/{name}/book.yml", $"title: {name}\nlanguage: en\n");
            project.Write($"content/{name}/one.md", "# One\n");
        }
        // Each backend waits until two books are being written at once: built one after the other,
        // the build would never finish. Earlier books in name order take longer, so they finish last.
        var writers = GatedWriters(2, book => book.Name switch { "alpha" => 400, "bravo" => 200, _ => 0 });

        var environment = Publisher.Cli.CliEnvironment.FromProcess() with
        {
            WorkingDirectory = project.Root,
            Variable = name => name == "SOURCE_DATE_EPOCH" ? TempProject.Epoch : null,
            Writers = writers,
            Interactive = false,
            Parallelism = 4,
        };
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await Task.Run(() => Publisher.Cli.PublisherCommandLine.Run(["build"], stdout, stderr, environment))
            .WaitAsync(TimeSpan.FromSeconds(60));
        var result = new CliResult(code, stdout.ToString(), stderr.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["out/alpha.pdf", "out/alpha.epub", "out/bravo.pdf", "out/bravo.epub", "out/charlie.pdf",
                      "out/charlie.epub", "out/delta.pdf", "out/delta.epub", "out/sample.pdf", "out/sample.epub"],
            result.OutLines.Select(l => l.Split("  ")[0]));
    }

    [Fact]
    public void On_a_terminal_a_slow_build_shows_progress_then_clears_it_before_the_usual_lines()
    {
        using var project = TempProject.From("content-only");
        var stdout = new WatchedWriter("sample: writing pdf, epub");
        var stderr = new StringWriter();
        // The backends finish only once the terminal shows them at work (or fail after a while).
        var environment = Publisher.Cli.CliEnvironment.FromProcess() with
        {
            WorkingDirectory = project.Root,
            Variable = name => name == "SOURCE_DATE_EPOCH" ? TempProject.Epoch : null,
            Writers = [new SlowWriter(OutputFormat.Pdf, stdout.Seen), new SlowWriter(OutputFormat.Epub, stdout.Seen)],
            Interactive = true,
            ProgressDelay = TimeSpan.FromMilliseconds(50),
        };

        var code = Publisher.Cli.PublisherCommandLine.Run(["build"], stdout, stderr, environment);

        Assert.True(code == 0, stderr.ToString());
        var text = stdout.ToString();
        Assert.Contains("sample: writing pdf, epub", text);
        Assert.Contains("\u001b[", text);
        // After the display is cleared (and the cursor shown again), the same lines as a redirected run.
        var after = text[(text.LastIndexOf("\u001b[?25h", StringComparison.Ordinal) + "\u001b[?25h".Length)..];
        Assert.Equal(["out/sample.pdf", "out/sample.epub"],
            after.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("  ")[0]));
    }

    [Fact]
    public void Redirected_output_has_no_progress_display()
    {
        using var project = TempProject.From("content-only");

        var result = project.RunProcess(null, "build", "--format", "epub");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\u001b', result.Out + result.Err);
        Assert.Equal(["out/sample.epub"], result.OutLines.Select(l => l.Split("  ")[0]));
    }

    private static IReadOnlyList<IBookWriter> GatedWriters(int together, Func<Book, int> extraMilliseconds)
    {
        var gate = new Barrier(together);
        var passed = 0;
        return [new GatedWriter(OutputFormat.Pdf, gate, () => Interlocked.Increment(ref passed) <= together, extraMilliseconds),
                new FakeWriter(OutputFormat.Epub)];
    }

    /// <summary>Writes like FakeWriter; the first few calls meet at a barrier, which only threads running at once can pass.</summary>
    private sealed class GatedWriter(OutputFormat format, Barrier gate, Func<bool> waits, Func<Book, int> extraMilliseconds) : IBookWriter
    {
        public OutputFormat Format => format;
        public string Extension => format.ToString().ToLowerInvariant();

        public WriteResult Write(Book book, Stream output)
        {
            if (waits() && !gate.SignalAndWait(TimeSpan.FromSeconds(20)))
                throw new TimeoutException("no other book was being built at the same time");
            Thread.Sleep(extraMilliseconds(book));
            return new FakeWriter(format).Write(book, output);
        }
    }

    /// <summary>A backend that waits for a signal before it writes like FakeWriter.</summary>
    private sealed class SlowWriter(OutputFormat format, ManualResetEventSlim signal) : IBookWriter
    {
        public OutputFormat Format => format;
        public string Extension => format.ToString().ToLowerInvariant();

        public WriteResult Write(Book book, Stream output)
        {
            if (!signal.Wait(TimeSpan.FromSeconds(20)))
                throw new TimeoutException("the progress display never showed the book being written");
            return new FakeWriter(format).Write(book, output);
        }
    }

    /// <summary>A StringWriter, safe across threads, that signals once a given text has been written.</summary>
    private sealed class WatchedWriter(string awaited) : StringWriter
    {
        private readonly Lock _lock = new();
        public ManualResetEventSlim Seen { get; } = new();

        public override void Write(char value) { lock (_lock) { base.Write(value); Look(); } }
        public override void Write(string? value) { lock (_lock) { base.Write(value); Look(); } }
        public override void Write(char[] buffer, int index, int count) { lock (_lock) { base.Write(buffer, index, count); Look(); } }
        public override string ToString() { lock (_lock) return base.ToString(); }

        private void Look()
        {
            if (!Seen.IsSet && GetStringBuilder().ToString().Contains(awaited, StringComparison.Ordinal)) Seen.Set();
        }
    }
}
