using Publisher.Core.Diagnostics;
using Publisher.Core.Manifest;
using Publisher.Core.Templates;

namespace Publisher.Core.Books;

/// <summary>
/// A publication, fully read and checked: its manifest, its template and its chapters
/// as Markdig documents. Both backends take a Book and nothing else.
/// </summary>
public sealed record Book
{
    /// <summary>The folder name under content/, also the output file name.</summary>
    public required string Name { get; init; }
    public required string Directory { get; init; }
    public required BookManifest Manifest { get; init; }
    public required Template Template { get; init; }
    public required IReadOnlyList<Chapter> Chapters { get; init; }
    /// <summary>The numbered figures, tables and listings, in reading order (<see cref="References.CrossReferences"/>).</summary>
    public IReadOnlyList<References.NumberedItem> Numbered { get; init; } = [];
    /// <summary>
    /// The book's index: the terms its chapters mark (<see cref="Indexing.IndexMarks"/>), sorted and grouped as the
    /// book's language sorts them; empty when nothing is marked, and then neither format has an index.
    /// </summary>
    public IReadOnlyList<Indexing.IndexGroup> Index { get; init; } = [];

    /// <summary>The index's title when the book has one (terms marked, the template's <c>index</c> not turned off); else null.</summary>
    public string? IndexTitle => Index.Count > 0 && Template.Index.Enabled
        ? Template.Index.Title ?? References.ReferenceWords.IndexIn(Manifest.Language)
        : null;

    /// <summary>The language a chapter is written in: its own front matter's <c>lang</c>, else the book's.</summary>
    public string LanguageOf(Chapter chapter) => chapter.Language ?? Manifest.Language;
    /// <summary>book.yml's identifier, or a urn:uuid derived from the book's name.</summary>
    public required string Identifier { get; init; }
    /// <summary>The date written into the outputs' metadata; fixed for reproducible builds.</summary>
    public required DateTimeOffset Timestamp { get; init; }
    /// <summary>The folder the chapters, their images and links are resolved in: book.yml's <c>source</c>, else <see cref="Directory"/>.</summary>
    public string SourceDirectory { get => field ?? Directory; init; }
    /// <summary>What only <c>publisher check</c> tells: front-matter keys left to other tools, once per book.</summary>
    public IReadOnlyList<Diagnostic> Notes { get; init; } = [];
    /// <summary>Warnings found while reading the sources; the build goes on, the CLI prints them.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}
