using Markdig.Syntax.Inlines;
using Publisher.Layout.Text;

namespace Publisher.Typesetting.Building;

/// <summary>
/// An image inside a line of text (beside words, or inside a link) is set like a letter:
/// at most as tall as the text's ascent, standing on the baseline, so the lines around it
/// keep their spacing. It is never enlarged past its natural size, nor wider than the text.
/// An image meant to be looked at belongs in a paragraph of its own, where it is a figure.
/// </summary>
internal static class InlineImages
{
    public static TextRun Run(LinkInline image, ChapterImages images, TextStyle text, double textWidth)
    {
        var (path, loaded) = images.Load(image);
        var scale = Math.Min(1, Math.Min(text.Face.Ascender * text.Size / loaded.Height, textWidth / loaded.Width));
        return new TextRun(InlineImage.Placeholder,
            text with { Image = new InlineImage(path, loaded.Width * scale, loaded.Height * scale) });
    }
}
