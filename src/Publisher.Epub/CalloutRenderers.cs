using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// Callouts (<see cref="Callouts"/>) as the print edition sets them: an <c>&lt;aside role="note"&gt;</c> with the
/// kind in its class, opening with the title line; the stylesheet draws its rules in the kind's colour. Markdig's own
/// renderers wrote GitHub's icons as inline SVG and a <c>:::tip</c> as a bare <c>div</c>.
/// </summary>
internal static class CalloutMarkup
{
    public static void Write(HtmlRenderer renderer, ContainerBlock block, Callout callout)
    {
        renderer.EnsureLine();
        // The parsers give the block classes of their own (markdown-alert-note, tip): only its id is kept.
        renderer.Write($"<aside class=\"callout callout-{Callouts.Name(callout.Kind)}\" role=\"note\"");
        if (block.TryGetAttributes()?.Id is { Length: > 0 } id) renderer.Write(" id=\"").WriteEscape(id).Write("\"");
        renderer.WriteLine(">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(callout.Title).WriteLine("</p>");
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.WriteLine("</aside>");
    }
}

/// <summary>GitHub's alerts (<c>&gt; [!NOTE]</c>) as callouts.</summary>
internal sealed class XhtmlAlertRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock alert)
    {
        if (Callouts.Of(alert) is { } callout) CalloutMarkup.Write(renderer, alert, callout);
        else
        {
            // A kind GitHub does not know: a quote, as the print edition sets it.
            renderer.EnsureLine();
            renderer.Write("<blockquote").WriteAttributes(alert).WriteLine(">");
            renderer.WriteChildren(alert);
            renderer.EnsureLine();
            renderer.WriteLine("</blockquote>");
        }
    }
}

/// <summary><c>:::tip</c> containers that name a callout as callouts; any other container as Markdig writes it.</summary>
internal sealed class XhtmlCustomContainerRenderer : HtmlCustomContainerRenderer
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (Callouts.Of(container) is { } callout) CalloutMarkup.Write(renderer, container, callout);
        else base.Write(renderer, container);
    }
}

/// <summary>MkDocs admonitions (<c>!!! note</c>) as callouts; one of a kind no callout has as a division.</summary>
internal sealed class XhtmlAdmonitionRenderer : HtmlObjectRenderer<Admonition>
{
    protected override void Write(HtmlRenderer renderer, Admonition admonition)
    {
        if (Callouts.Of(admonition) is { } callout)
        {
            CalloutMarkup.Write(renderer, admonition, callout);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(admonition).WriteLine(">");
        renderer.WriteChildren(admonition);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
