using System.Text;
using Publisher.Core.Templates;

namespace Publisher.Epub;

internal static partial class StylesheetGenerator
{
    /// <summary>
    /// Figures as the PDF sets them: the template's spacing and alignment, the caption below
    /// in the caption style, image and caption kept on one screen page where the reader can.
    /// An image inside a paragraph is held to the line's height, as in print.
    /// </summary>
    private static void FigureRules(StringBuilder css, Template template, Func<TextAlign, string> align)
    {
        var figures = template.Figures;
        var caption = figures.Caption;
        Rule(css, "figure", [$"margin: {Pt(figures.SpaceBefore)} 0 {Pt(figures.SpaceAfter)} 0",
            $"text-align: {align(figures.Align)}", "text-indent: 0", "page-break-inside: avoid", "break-inside: avoid"]);
        Rule(css, "figcaption", [.. Text(caption.Text), $"text-align: {align(caption.Align)}",
            $"margin: {Pt(caption.SpaceBefore)} 0 0 0"]);
        Rule(css, "p img", ["max-height: 1em"]);
    }
}
