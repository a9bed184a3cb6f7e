namespace Publisher.Core.PrintPages;

/// <summary>
/// A place in a book's sources where a printed page begins: before word <see cref="Word"/>
/// (counted from 0) of the Markdown block that starts at character <see cref="Offset"/> of
/// chapter <see cref="Chapter"/> (an index into <c>Book.Chapters</c>). Word 0 is the block's
/// start. Two places are outside the chapters' text: <see cref="FrontMatter"/>, the pages
/// before the first chapter (a title page), and <see cref="EndOf"/> a chapter, for blank
/// pages after the last line.
/// </summary>
public readonly record struct PrintPosition(int Chapter, int Offset, int Word)
{
    /// <summary>The front matter: pages set before the first chapter.</summary>
    public static readonly PrintPosition FrontMatter = new(-1, 0, 0);

    public bool IsFrontMatter => Chapter == -1;

    /// <summary>In the index at the back: before word <paramref name="word"/> of its line <paramref name="line"/> (<see cref="Indexing.IndexLine"/>; 0, its title).</summary>
    public static PrintPosition InIndex(int line, int word) => new(IndexDocument, line, word);

    public bool IsIndex => Chapter == IndexDocument;

    /// <summary>The line number of the place after the index's last line (blank pages after it).</summary>
    public const int EndOfIndex = int.MaxValue;

    /// <summary>What <see cref="Chapter"/> holds for a place in the index.</summary>
    public const int IndexDocument = -2;

    /// <summary>After everything in chapter <paramref name="chapter"/>.</summary>
    public static PrintPosition EndOf(int chapter) => new(chapter, int.MaxValue, 0);

    public bool IsEndOfChapter => Offset == int.MaxValue;
}
