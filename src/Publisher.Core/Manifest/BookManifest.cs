using Publisher.Core.Diagnostics;
using Publisher.Core.Markdown;

namespace Publisher.Core.Manifest;

/// <summary>What a user writes in <c>content/&lt;book&gt;/book.yml</c>, checked and typed.</summary>
public sealed record BookManifest
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Publisher { get; init; }
    public string? Rights { get; init; }
    public string? Description { get; init; }
    /// <summary>BCP 47 tag, e.g. <c>en</c>, <c>az-Latn</c>.</summary>
    public required string Language { get; init; }
    /// <summary>The publication date when book.yml gives one.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The date as book.yml writes it ("2026", "2026-11-25"), for the imprint page.</summary>
    public string? DateText { get; init; }
    /// <summary>The edition as the user words it ("Second edition"), for the imprint page.</summary>
    public string? Edition { get; init; }
    /// <summary>The book's ISBN as written, its check digit verified (<see cref="Isbn"/>).</summary>
    public string? Isbn { get; init; }
    /// <summary>The identifier given in book.yml; null means "derive one from the book's name".</summary>
    public string? Identifier { get; init; }
    public required string Template { get; init; }
    public SourceLocation TemplateLocation { get; init; }
    /// <summary>Cover image, relative to the book folder.</summary>
    public string? Cover { get; init; }
    /// <summary>Where <c>cover:</c> stands in book.yml (the file's start when there is none).</summary>
    public SourceLocation CoverLocation { get; init; }
    /// <summary>Chapters listed in book.yml, or null to take every *.md sorted by name.</summary>
    public IReadOnlyList<ChapterEntry>? Chapters { get; init; }
    public IReadOnlyList<OutputFormat> Formats { get; init; } = [OutputFormat.Pdf, OutputFormat.Epub];
    /// <summary>
    /// The values of book.yml that are set in type (cover, title page, imprint, running heads), each with
    /// where it stands, so a check can name the line of a character no font has.
    /// </summary>
    public IReadOnlyList<ManifestText> PrintedTexts { get; init; } = [];
    /// <summary>How headings get their ids (<c>heading-ids: github|classic</c>); GitHub's rule by default.</summary>
    public HeadingIds HeadingIds { get; init; } = HeadingIds.GitHub;
    /// <summary>
    /// Where the pages are published as a web site (book.yml <c>site-url</c>, ending in '/'): a link to a page that is not
    /// in the book leads there instead of becoming plain text.
    /// </summary>
    public string? SiteUrl { get; init; }
    /// <summary>
    /// The folder the pages are in, relative to book.yml (book.yml <c>source</c>, a documentation folder anywhere in the
    /// project): the book's chapters, their images and their links are then that folder's; null: the book's own folder.
    /// </summary>
    public string? Source { get; init; }
    public Diagnostics.SourceLocation SourceLocation { get; init; }
}

/// <summary>A value of book.yml that is printed, and where the value starts.</summary>
public sealed record ManifestText(string Text, SourceLocation Location);

public sealed record ChapterEntry(string Path, SourceLocation Location);

public enum OutputFormat { Pdf, Epub }
