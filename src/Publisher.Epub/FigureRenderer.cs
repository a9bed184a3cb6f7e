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
        var title = Figures.TitleCaption(image);
        var hasText = title is not null || image.FirstChild is not null;
        if (hasText || number is not null)
        {
            renderer.Write("<figcaption>").WriteNumber("figure", number, hasText);
            if (title is not null) renderer.WriteEscape(title);
            else renderer.WriteChildren(image);
            renderer.Write("</figcaption>");
        }
        renderer.WriteLine("</figure>");
    }
}
