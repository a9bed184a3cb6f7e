using Publisher.Core.Diagnostics;

namespace Publisher.Cli;

/// <summary>
/// One book of a build, filled in by the thread that builds it and read by the thread that reports:
/// what it is doing now (for the progress display) and, once finished, what it has to print.
/// </summary>
public sealed class BookJob(string name)
{
    private volatile string _phase = "waiting";
    private volatile bool _finished;

    public string Name => name;
    /// <summary>What the book is doing, in a few words: "reading", "writing pdf, epub".</summary>
    public string Phase { get => _phase; set => _phase = value; }
    public bool Finished { get => _finished; set => _finished = value; }

    public List<Diagnostic> Warnings { get; } = [];
    public string? Note { get; set; }
    /// <summary>One line per file written, in the book's format order.</summary>
    public List<string> Files { get; } = [];
    /// <summary>What stopped the book, if anything: a diagnostic, or a fault inside Publisher.</summary>
    public Diagnostic? Error { get; set; }
    public Exception? Fault { get; set; }

    public bool Failed => Error is not null || Fault is not null;
}
