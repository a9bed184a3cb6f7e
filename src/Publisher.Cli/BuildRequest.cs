namespace Publisher.Cli;

/// <summary>What <c>publisher build</c> was asked to do, as typed (paths not yet resolved).</summary>
/// <param name="Book">A folder name under content/, or null for every book.</param>
/// <param name="Format">"pdf" or "epub", or null for every format the book lists.</param>
/// <param name="Out">Output folder, relative to the working directory; null for &lt;root&gt;/out.</param>
/// <param name="Root">Project folder, relative to the working directory; null for the working directory.</param>
public sealed record BuildRequest(string? Book, string? Format, string? Out, string? Root)
{
    /// <summary>Print each PDF's typography report (overfull and loose lines, widows, orphans) after its line.</summary>
    public bool Report { get; init; }
    /// <summary>Build every file even when the cache (<see cref="BuildCache"/>) says it is up to date.</summary>
    public bool Force { get; init; }
    /// <summary>Print the time each stage of the build took (<c>--timings</c>, <see cref="Publisher.Core.Diagnostics.StageTimings"/>).</summary>
    public bool Timings { get; init; }
    /// <summary>A template to build every book with instead of its book.yml's (<c>--template</c>).</summary>
    public string? Template { get; init; }
    /// <summary>A documentation folder built as a book with no book.yml (<c>--source</c>, with <c>--title</c> and <c>--language</c>).</summary>
    public AdHocRequest? Source { get; init; }
}

/// <summary><c>publisher build --source DIR --title TEXT [--language TAG]</c>: a book made from a folder on the command line.</summary>
public sealed record AdHocRequest(string Folder, string Title, string Language);
