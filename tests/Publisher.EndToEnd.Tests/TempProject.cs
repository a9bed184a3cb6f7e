using System.Diagnostics;
using Publisher.Cli;
using Publisher.Core.Output;

namespace Publisher.EndToEnd.Tests;

/// <summary>What one run of the tool did: its exit code and what it printed.</summary>
public sealed record CliResult(int ExitCode, string Out, string Err)
{
    public string[] OutLines => Lines(Out);
    public string[] ErrLines => Lines(Err);

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Err}";
}

/// <summary>
/// A project folder in a temporary directory, filled from a fixture or by the test, and
/// deleted afterwards. Builds run in-process (fast, with fakes possible) or as a real
/// <c>dotnet publisher.dll</c> process.
/// </summary>
public sealed class TempProject : IDisposable
{
    /// <summary>A fixed SOURCE_DATE_EPOCH for runs that do not care about it (2001-09-09T01:46:40Z).</summary>
    public const string Epoch = "1000000000";

    private TempProject(string root) => Root = root;

    public string Root { get; }

    public static TempProject Empty() =>
        new(Directory.CreateTempSubdirectory("publisher-e2e-").FullName);

    /// <summary>A copy of Fixtures/<paramref name="fixture"/>.</summary>
    public static TempProject From(string fixture)
    {
        var project = Empty();
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), project.Root);
        return project;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public byte[] Read(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>Every file under the project, relative to it, for checking that nothing else appeared.</summary>
    public IReadOnlyList<string> Files(string under = "") =>
        !Directory.Exists(PathOf(under))
            ? []
            : Directory.EnumerateFiles(PathOf(under), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>Runs the tool in this process with the project as the working directory.</summary>
    public CliResult Run(params string[] args) => RunWith(null, null, args);

    /// <summary>Runs the tool in this process, failing the test if it takes longer than <paramref name="limit"/> (a FIFO once hung a build for ever).</summary>
    public CliResult RunWithin(TimeSpan limit, params string[] args)
    {
        var run = Task.Run(() => Run(args));
        Assert.True(run.Wait(limit), $"publisher {string.Join(' ', args)} did not finish in {limit.TotalSeconds} s");
        return run.Result;
    }

    public CliResult RunWith(IReadOnlyDictionary<string, string>? variables, IReadOnlyList<IBookWriter>? writers,
        params string[] args) => RunIn(Root, variables, writers, args);

    public static CliResult RunIn(string workingDirectory, IReadOnlyDictionary<string, string>? variables,
        IReadOnlyList<IBookWriter>? writers, params string[] args)
    {
        variables ??= new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = Epoch };
        var environment = CliEnvironment.FromProcess() with
        {
            WorkingDirectory = workingDirectory,
            Variable = name => variables.TryGetValue(name, out var v) ? v : null,
            // What a redirected run prints, whatever the terminal running the tests.
            Interactive = false,
        };
        if (writers is not null) environment = environment with { Writers = writers };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PublisherCommandLine.Run(args, stdout, stderr, environment);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>dotnet publisher.dll</c> as a separate process, as a user or CI would.</summary>
    public CliResult RunProcess(IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        using var process = StartProcess(variables, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("publisher did not finish in two minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts <c>dotnet publisher.dll</c> in the project folder, its output redirected, and returns at once.</summary>
    public Process StartProcess(IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publisher.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        start.Environment.Remove(BuildCommand.DebugVariable);
        foreach (var (name, value) in variables ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
