using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Publisher.Testing;

/// <summary>
/// The W3C's EPUB validator, Debian's epubcheck 4.2.6, run on the built file as its command line
/// would run it. Its command line checks one file per JVM, and a JVM start with epubcheck's schemas
/// costs about ten seconds of CPU against a fraction of one for a check: so one JVM
/// (EpubcheckServer.java, beside this file) serves every check of a test run, one after another.
/// The same bytes always get the same verdict, so a file checked twice is checked once.
/// </summary>
public static class Epubcheck
{
    // Debian installs epubcheck as an executable jar that a container may refuse to exec.
    public const string Jar = "/usr/bin/epubcheck";

    public static bool IsAvailable => File.Exists(Jar) && Java is not null;

    private static string? Java => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "java"))
        .FirstOrDefault(File.Exists);

    /// <summary>What epubcheck found: its counts, its messages with their places, and what it printed.</summary>
    public sealed record Result(int Fatals, int Errors, int Warnings, IReadOnlyList<string> Messages, string Printed)
    {
        public bool IsClean => Fatals + Errors + Warnings == 0;

        public override string ToString() =>
            $"{Fatals} fatal, {Errors} errors, {Warnings} warnings\n" + string.Join('\n', Messages) + "\n" + Printed;
    }

    private static readonly ConcurrentDictionary<string, Lazy<Result>> Checked = new(StringComparer.Ordinal);
    private static readonly Lazy<Server> Running = new(() => new Server(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static Result Check(string epubPath) =>
        Check(File.ReadAllBytes(epubPath), Path.GetFileNameWithoutExtension(epubPath));

    /// <param name="name">the file's name in epubcheck's report (without .epub)</param>
    public static Result Check(byte[] epub, string name)
    {
        if (!IsAvailable)
            throw new InvalidOperationException($"epubcheck needs java on PATH and {Jar} (apt-get install epubcheck)");
        var key = Convert.ToHexString(SHA256.HashData(epub));
        return Checked.GetOrAdd(key, _ => new Lazy<Result>(() => Running.Value.Check(epub, name))).Value;
    }

    /// <summary>The JVM, fed one request line at a time; it lives as long as the test process.</summary>
    private sealed class Server
    {
        private readonly Process _java;
        private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("publisher-epubcheck-");
        private readonly StringBuilder _stderr = new();
        private readonly Lock _lock = new();
        private int _count;

        public Server()
        {
            var start = new ProcessStartInfo(Java!)
            {
                // C1 only and the serial collector: a few dozen checks never pay back C2's compiling,
                // and the machine's other core is running tests.
                ArgumentList = { "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", Jar,
                    Path.Combine(AppContext.BaseDirectory, "EpubcheckServer.java") },
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            _java = Process.Start(start)!;
            _java.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
            _java.BeginErrorReadLine();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        }

        public Result Check(byte[] epub, string name)
        {
            lock (_lock)
            {
                var file = Path.Combine(_work.FullName, $"{++_count}-{name}.epub");
                var report = Path.Combine(_work.FullName, $"{_count}-report");
                File.WriteAllBytes(file, epub);
                _java.StandardInput.WriteLine($"{file}\t{report}");
                _java.StandardInput.Flush();
                var answer = _java.StandardOutput.ReadLineAsync();
                if (!answer.Wait(TimeSpan.FromMinutes(2)))
                    throw new TimeoutException($"epubcheck did not check {name} in two minutes");
                var line = answer.Result;
                if (line is null || !line.StartsWith("done ", StringComparison.Ordinal))
                    throw new InvalidOperationException($"epubcheck failed on {name}: {line ?? "it exited"}\n{Stderr()}");
                try
                {
                    return Read(report);
                }
                finally
                {
                    File.Delete(file);
                }
            }
        }

        private static Result Read(string report)
        {
            var printed = File.ReadAllText(report + ".txt");
            if (!File.Exists(report + ".json"))
                throw new InvalidOperationException($"epubcheck wrote no report:\n{printed}");
            using var json = JsonDocument.Parse(File.ReadAllText(report + ".json"));
            var checker = json.RootElement.GetProperty("checker");
            var messages = json.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => $"{m.GetProperty("severity").GetString()} {m.GetProperty("ID").GetString()}: " +
                    $"{m.GetProperty("message").GetString()} at " + string.Join(", ",
                        m.GetProperty("locations").EnumerateArray().Select(l =>
                            $"{l.GetProperty("path").GetString()}:{l.GetProperty("line")}:{l.GetProperty("column")}")))
                .ToList();
            return new Result(checker.GetProperty("nFatal").GetInt32(), checker.GetProperty("nError").GetInt32(),
                checker.GetProperty("nWarning").GetInt32(), messages, printed);
        }

        private string Stderr()
        {
            lock (_stderr) return _stderr.ToString();
        }

        private void Stop()
        {
            try
            {
                // Without input the server's loop ends and the JVM exits.
                _java.StandardInput.Close();
                if (!_java.WaitForExit(TimeSpan.FromSeconds(5))) _java.Kill(entireProcessTree: true);
                _work.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
            }
        }
    }
}
