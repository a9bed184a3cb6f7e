using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Markdown;

/// <summary>
/// What makes a figure, decided once for both formats: an image alone in its paragraph
/// (blank space around it aside; an image inside a link or beside text stays in the line).
/// Its caption is the image's title when it has one (<c>![alt](file.png "Caption")</c>),
/// so that the alternative text can describe the picture for those who cannot see it;
/// otherwise the alternative text, with its emphasis and code, is the caption too.
/// </summary>
public static class Figures
{
    /// <summary>The image the paragraph consists of, or null when it is not a figure.</summary>
    public static LinkInline? Image(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } candidate when image is null:
                    image = candidate;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }
        return image;
    }

    /// <summary>The image's alternative text as plain text (its emphasis and code as their characters), as both formats give it.</summary>
    public static string AltText(LinkInline image) => Books.BookLoader.PlainText(image).Trim();

    private static readonly object NumberKey = new();

    /// <summary>"Figure 3" for a labelled figure (<see cref="References.CrossReferences"/>), which its caption begins with; null for others.</summary>
    public static string? Number(ParagraphBlock paragraph) => paragraph.GetData(NumberKey) as string;

    internal static void SetNumber(ParagraphBlock paragraph, string number) => paragraph.SetData(NumberKey, number);

    /// <summary>The caption when it comes from the title; null when the alternative text is the caption.</summary>
    public static string? TitleCaption(LinkInline image) =>
        string.IsNullOrWhiteSpace(image.Title) ? null : image.Title.Trim();
}
