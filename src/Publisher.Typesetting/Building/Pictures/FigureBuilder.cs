using Markdig.Syntax.Inlines;
using Publisher.Core.Markdown;
using Publisher.Core.Templates;
using Publisher.Layout.Blocks;
using Publisher.Layout.Text;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Building.Pictures;

/// <summary>
/// A figure (an image alone in its paragraph) as a layout block: the image at its natural
/// size, its caption below in the template's caption style, both kept on one page. The
/// caption is the image's title if it has one, else its alternative text (see <see cref="Figures"/>).
/// </summary>
internal sealed class FigureBuilder(Template template, FontSet fonts)
{
    /// <param name="number">"Figure 3" for a labelled figure, which its caption begins with (<see cref="Figures.Number"/>).</param>
    public ImageBlock Build(LinkInline image, ChapterImages images, InlineCollector inlines, double indent, string? number = null)
    {
        var (path, loaded) = images.Load(image);
        var spec = template.Figures;
        var captionText = spec.Caption.Text;
        var runs = Captions.Numbered(number, Figures.TitleCaption(image) is { } title
            ? [new TextRun(title, fonts.Style(captionText))]
            : inlines.Collect(image, captionText), fonts.Style(captionText));
        ParagraphBlock? caption = Captions.IsBlank(runs) ? null : new ParagraphBlock
        {
            Runs = runs,
            Leading = captionText.Leading,
            Align = Align(spec.Caption.Align),
            LeftIndent = indent,
        };
        return new ImageBlock
        {
            Source = path,
            Width = loaded.Width,
            Height = loaded.Height,
            Caption = caption,
            CaptionGap = spec.Caption.SpaceBefore,
            Align = Align(spec.Align),
            LeftIndent = indent,
            MaxHeight = template.Page.TextHeight,
            SpaceBefore = spec.SpaceBefore,
            SpaceAfter = spec.SpaceAfter,
        };
    }

    private static Alignment Align(TextAlign align) => align switch
    {
        TextAlign.Left => Alignment.Left,
        TextAlign.Right => Alignment.Right,
        TextAlign.Justify => Alignment.Justify,
        _ => Alignment.Center,
    };
}
