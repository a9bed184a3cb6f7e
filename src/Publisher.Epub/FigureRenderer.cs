using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// Writes a figure (an image alone in its paragraph, see <see cref="Figures"/>) as
/// <c>&lt;figure&gt;&lt;img alt="…"/&gt;&lt;figcaption&gt;…&lt;/figcaption&gt;&lt;/figure&gt;</c>, the caption
/// being the title or else the alternative text, as in the PDF. Other paragraphs go to <paramref name="others"/>.
/// </summary>
internal sealed class FigureRenderer(ParagraphRenderer others) : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        // A table's caption is written inside its table (XhtmlTableRenderer), not where it stands.
        if (TableCaptions.IsCaption(paragraph)) return;
        if (Figures.Image(paragraph) is not { } image)
        {
            others.Write(renderer, paragraph);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<figure").WriteAttributes(paragraph).Write(">");
        // Markdig's image renderer: the rewritten src, alt from the alternative text, the title.
        renderer.Write(image);
        // A labelled figure's caption begins with its number, as in the PDF: "Figure 3: A harbour at dusk".
        var number = Figures.Number(paragraph);
        if (Figures.TitleCaption(image) is { } title)
        {
            renderer.Write("<figcaption>");
            if (number is not null) renderer.Write("<span class=\"figure-number\">").WriteEscape(number).Write(":</span> ");
            renderer.WriteEscape(title).Write("</figcaption>");
        }
        else if (image.FirstChild is not null)
        {
            renderer.Write("<figcaption>");
            if (number is not null) renderer.Write("<span class=\"figure-number\">").WriteEscape(number).Write(":</span> ");
            renderer.WriteChildren(image);
            renderer.Write("</figcaption>");
        }
        else if (number is not null)
        {
            renderer.Write("<figcaption><span class=\"figure-number\">").WriteEscape(number).Write("</span></figcaption>");
        }
        renderer.WriteLine("</figure>");
    }
}
