using Markdig.Syntax;

namespace Publisher.Core.Books;

/// <summary>One Markdown source file of a book, parsed once and shared by every backend.</summary>
public sealed record Chapter
{
    /// <summary>Position in the book, from 0.</summary>
    public required int Index { get; init; }
    public required string SourcePath { get; init; }
    /// <summary>The source path relative to the project root, as diagnostics show it.</summary>
    public required string DisplayPath { get; init; }
    public required MarkdownDocument Document { get; init; }
    /// <summary>From front matter <c>title:</c>, else the first heading, else the book's title.</summary>
    public required string Title { get; init; }
    /// <summary>A name safe for file names and XML ids, unique in the book (e.g. <c>01-introduction</c>).</summary>
    public required string Slug { get; init; }
    /// <summary>True when the title is taken from a heading inside the chapter.</summary>
    public required bool TitleIsHeading { get; init; }
    /// <summary>
    /// How deep in the book's parts the chapter stands (0: at the top). A book taken from a documentation folder
    /// (book.yml <c>source</c>) makes each subfolder with an index page a part: its index at the folder's depth,
    /// its other pages one deeper. The contents, bookmarks and navigation nest by it.
    /// </summary>
    public int Depth { get; init; }
    /// <summary>
    /// The chapter's own language (front matter <c>lang:</c>, a BCP 47 tag); null: the book's. It chooses the
    /// direction, the fonts of other scripts (Chinese in zh-Hant or ja), the hyphenation patterns and the EPUB's lang.
    /// </summary>
    public string? Language { get; init; }
}
