using Publisher.Core.Diagnostics;

namespace Publisher.Core.Output;

/// <summary>
/// The names of a book's files in out/: <c>&lt;book&gt;.pdf</c>, <c>&lt;book&gt;.epub</c> and companions such as
/// <c>&lt;book&gt;-imposed.pdf</c>. A companion's name can be another book's: books <c>t</c> and
/// <c>t-imposed</c> would both write <c>t-imposed.pdf</c>, each build overwriting the other's file. Such a
/// pair is refused (the book whose name ends in the suffix), rather than giving companions names no
/// folder could have, which would change every existing book's file names.
/// </summary>
public static class OutputNames
{
    /// <summary>The imposed booklet beside the PDF: out/&lt;book&gt;-imposed.pdf.</summary>
    public const string ImposedSuffix = "-imposed";

    private static readonly string[] CompanionSuffixes = [ImposedSuffix];

    /// <summary>Throws PUB031 when a companion file of another of <paramref name="books"/> would have the name of <paramref name="book"/>'s files.</summary>
    public static void CheckClash(string book, IReadOnlyCollection<string> books, SourceLocation at)
    {
        foreach (var suffix in CompanionSuffixes)
        {
            if (!book.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var owner = book[..^suffix.Length];
            if (books.Contains(owner))
                throw BuildFailedException.At(at, DiagnosticCodes.OutputNameClash,
                    $"this book's PDF would be {book}.pdf, the name of a file the book '{owner}' writes beside its own PDF; " +
                    $"rename the folder content/{book}/");
        }
    }
}
