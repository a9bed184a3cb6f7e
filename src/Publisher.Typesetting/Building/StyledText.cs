using Publisher.Core.Templates;
using Publisher.Layout.Blocks;
using Publisher.Layout.Text;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Building;

/// <summary>A line of text in one of the template's block styles: a title, a running part's heading, an index's letter.</summary>
internal static class StyledText
{
    /// <param name="rightToLeft">The book is written right to left: its "left" (where text starts) is the right.</param>
    public static ParagraphBlock Paragraph(string text, BlockStyle style, FontSet fonts, bool rightToLeft) => new()
    {
        Runs = [new TextRun(text, fonts.Style(style.Text))],
        Leading = style.Text.Leading,
        Align = BlockBuilder.Alignment(style.Align),
        SpaceBefore = style.SpaceBefore,
        SpaceAfter = style.SpaceAfter,
        RightToLeft = rightToLeft,
    };
}
