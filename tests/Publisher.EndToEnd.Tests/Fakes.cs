using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Manifest;
using Publisher.Core.Output;

namespace Publisher.EndToEnd.Tests;

/// <summary>A backend that writes a few bytes naming the book, for tests about the command rather than the formats.</summary>
public sealed class FakeWriter(OutputFormat format, Func<Book, Exception?>? fail = null) : IBookWriter
{
    public OutputFormat Format => format;
    public string Extension => format.ToString().ToLowerInvariant();

    public WriteResult Write(Book book, Stream output)
    {
        // Write first, fail afterwards: a failure must not leave these bytes anywhere.
        output.Write(System.Text.Encoding.UTF8.GetBytes($"fake {Extension} of {book.Name}\n"));
        if (fail?.Invoke(book) is { } e) throw e;
        return new WriteResult(format == OutputFormat.Pdf ? 1 : null);
    }

    public static IReadOnlyList<IBookWriter> Both(Func<Book, Exception?>? fail = null) =>
        [new FakeWriter(OutputFormat.Pdf, fail), new FakeWriter(OutputFormat.Epub, fail)];

    public static Exception Diagnostic(Book book) =>
        BuildFailedException.At(new SourceLocation($"content/{book.Name}/01.md", 3, 7), "PUB099", "the backend refused this");
}
