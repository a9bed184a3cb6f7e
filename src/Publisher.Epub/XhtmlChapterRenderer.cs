using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// Markdig's HTML renderer, set up so that its output is well-formed XHTML: Markdig
/// already closes void elements (<c>&lt;br /&gt;</c>), escapes text and transcodes
/// entities, so only the places where it passes source through untouched need changing.
/// </summary>
internal sealed class XhtmlChapterRenderer : HtmlRenderer
{
    public XhtmlChapterRenderer(TextWriter writer, Func<string, string>? linkRewriter) : base(writer)
    {
        // The extensions the book was parsed with register their own renderers here.
        MarkdownPipelineFactory.Pipeline.Setup(this);

        // Raw HTML in Markdown is HTML, not XHTML (unclosed <br>, bare attributes), and may
        // be a fragment whose end tag sits in another block. Until it is parsed properly it
        // is shown as the text the author wrote.
        ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());

        // The media-links extension turns video URLs into <iframe>s of remote players,
        // which an EPUB may not load; such links stay ordinary links.
        ObjectRenderers.FindExact<LinkInlineRenderer>()?.TryWriters.Clear();

        // Footnotes as EPUB reading systems expect them: noteref and footnote, with links back.
        ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new XhtmlFootnoteLinkRenderer());
        ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new XhtmlFootnoteGroupRenderer());

        if (linkRewriter is not null) LinkRewriter = linkRewriter;
    }

    public static string Render(MarkdownDocument document, Func<string, string>? linkRewriter)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new XhtmlChapterRenderer(writer, linkRewriter);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static bool IsComment(string html) => html.StartsWith("<!--", StringComparison.Ordinal);

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            // Comments are the author's notes to themselves, never meant to be read.
            if (block.Type == HtmlBlockType.Comment) return;
            renderer.Write("<p class=\"raw-html\">");
            renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true, softEscape: false);
            renderer.EnsureLine();
            renderer.WriteLine("</p>");
        }
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            if (IsComment(inline.Tag)) return;
            renderer.WriteEscape(inline.Tag);
        }
    }
}
