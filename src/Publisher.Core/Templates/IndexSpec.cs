namespace Publisher.Core.Templates;

/// <summary>
/// The index at the back of the PDF (and its EPUB document), set when the book marks terms for it
/// (<see cref="Indexing.BookIndex"/>): its title (null: the word for "Index" in the book's language), the style of
/// the title, of the letters that head each group and of the entries, and how far a sub-term stands in.
/// </summary>
public sealed record IndexSpec(bool Enabled, string? Title, BlockStyle TitleStyle, BlockStyle Letter, BlockStyle Entry, double Indent)
{
    public static IndexSpec Default(TextStyleSpec body, BlockStyle chapterTitle) => new(true, null, chapterTitle,
        new BlockStyle(body with { Bold = true }, TextAlign.Left, body.Leading, 0, false),
        new BlockStyle(body, TextAlign.Left, 0, 0, false), body.Size * 1.5);
}
