using Markdig.Renderers;
using Markdig.Renderers.Html;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// <c>[words]{…}</c> as a <c>&lt;span&gt;</c> with its attributes (those the allow-list kept): the id an index entry
/// links to, a language (<c>lang</c> and <c>xml:lang</c>), a class.
/// </summary>
internal sealed class BracketedSpanRenderer : HtmlObjectRenderer<BracketedSpan>
{
    protected override void Write(HtmlRenderer renderer, BracketedSpan span)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(span);
            return;
        }
        renderer.Write("<span").WriteAttributes(span).Write('>');
        renderer.WriteChildren(span);
        renderer.Write("</span>");
    }
}
