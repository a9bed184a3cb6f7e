using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// Line breaks inside a paragraph: a hard one is <c>&lt;br /&gt;</c>; a soft one a line end in the XHTML (which
/// reads as a space), except between two Chinese or Japanese characters, where it is nothing: reading systems
/// do not all drop it there themselves (CSS Text 3 asks them to), and a space would open a gap in the line.
/// </summary>
internal sealed class LineBreakRenderer : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        if (lineBreak.IsHard) renderer.Write("<br />");
        if (lineBreak.IsHard || !SoftLineBreaks.Vanishes(lineBreak)) renderer.WriteLine();
    }
}
