using Publisher.Core.Books;
using Publisher.Core.Manifest;

namespace Publisher.Core.Output;

/// <summary>A backend: turns a <see cref="Book"/> into one file format.</summary>
public interface IBookWriter
{
    OutputFormat Format { get; }

    /// <summary>File extension without the dot ("pdf", "epub").</summary>
    string Extension { get; }

    /// <summary>
    /// Told, for each format a build will write, before any is written: writers that share work (the typesetter's pages)
    /// learn which of it the others will ask for.
    /// </summary>
    void Expect(Book book) { }

    /// <summary>
    /// Told by a watcher (<c>publisher watch</c>): the next builds are of the same books after small edits, so what a
    /// writer computed for one build is worth keeping for the next, where it gives the same bytes sooner.
    /// </summary>
    void KeepBetweenBuilds() { }

    /// <summary>Writes the whole file to <paramref name="output"/>; throws BuildFailedException on bad input.</summary>
    WriteResult Write(Book book, Stream output);
}

/// <summary>What a backend reports about a file it wrote; Pages is null where a format has no pages.</summary>
public sealed record WriteResult(int? Pages)
{
    /// <summary>
    /// The typography report of a paged format (<c>publisher build --report</c>): a summary line, then one line per
    /// finding; empty where a format has no pages to judge.
    /// </summary>
    public IReadOnlyList<string> Report { get; init; } = [];
    /// <summary>Further files made by the same build (an imposed PDF), written beside the main one.</summary>
    public IReadOnlyList<CompanionFile> Companions { get; init; } = [];
    /// <summary>What the backend found worth saying about a build that went on (the CLI prints them).</summary>
    public IReadOnlyList<Publisher.Core.Diagnostics.Diagnostic> Warnings { get; init; } = [];
}

/// <summary>
/// A further file from one build, finished in memory before anything is written, so a failed build writes
/// neither it nor the main file: out/&lt;book&gt;&lt;Suffix&gt;.&lt;extension&gt;.
/// </summary>
public sealed record CompanionFile(string Suffix, byte[] Bytes, int? Pages);
