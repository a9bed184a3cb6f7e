using Markdig.Extensions.Tables;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Markdown;
using Publisher.Core.PrintPages;

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
        // be a fragment whose end tag sits in another block. It is kept only where it is
        // well-formed XHTML without scripts (Core's RawHtml decides, for both formats, and
        // warns); anything else is shown as the text the author wrote.
        ObjectRenderers.Replace<HtmlBlockRenderer>(new RawHtmlBlockRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new RawHtmlInlineRenderer());

        // The media-links extension turns video URLs into <iframe>s of remote players,
        // which an EPUB may not load; such links stay ordinary links.
        ObjectRenderers.FindExact<LinkInlineRenderer>()?.TryWriters.Clear();

        // A task item's box is labelled by its text (TaskParagraphRenderer).
        // A table's caption is set in its table; a figure is a paragraph of one image.
        ObjectRenderers.Replace<ParagraphRenderer>(new TableCaptionRenderer(new FigureRenderer(new TaskParagraphRenderer())));
        // A line end of the source between two Chinese or Japanese characters is no space.
        ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LineBreakInlineRenderer>(new LineBreakRenderer());
        // Code in a language Publisher knows is highlighted, as in the PDF.
        if (ObjectRenderers.FindExact<CodeBlockRenderer>() is { } code)
            ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(code));
        ObjectRenderers.Replace<HtmlTableRenderer>(new XhtmlTableRenderer());
        // Alerts and :::tip containers are callouts, set as the print edition sets them.
        ObjectRenderers.Replace<Markdig.Extensions.Alerts.AlertBlockRenderer>(new XhtmlAlertRenderer());
        ObjectRenderers.Replace<Markdig.Extensions.CustomContainers.HtmlCustomContainerRenderer>(new XhtmlCustomContainerRenderer());
        ObjectRenderers.Add(new XhtmlAdmonitionRenderer());
        // Footnotes as EPUB reading systems expect them: noteref and footnote, with links back.
        ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new XhtmlFootnoteLinkRenderer());
        ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new XhtmlFootnoteGroupRenderer());

        // Formulas as MathML, in place of Markdig's \(…\) for a script to typeset.
        ObjectRenderers.Replace<Markdig.Extensions.Mathematics.HtmlMathInlineRenderer>(new MathRenderers.Inline());
        ObjectRenderers.Replace<Markdig.Extensions.Mathematics.HtmlMathBlockRenderer>(new MathRenderers.Block());
        // [words]{…}: a span with its id (an index entry's place) and language.
        ObjectRenderers.Add(new BracketedSpanRenderer());

        if (linkRewriter is not null) LinkRewriter = linkRewriter;
    }

    /// <summary>The chapter's body; with <paramref name="pageBreaks"/>, marked where those print pages begin.</summary>
    public static string Render(MarkdownDocument document, Func<string, string>? linkRewriter,
        IEnumerable<(int Number, PrintPage Page)>? pageBreaks = null) =>
        Unmarked(document, linkRewriter).Marked(pageBreaks);

    /// <summary>
    /// The chapter's body without the print edition's page breaks, and where each block's output is: it can be
    /// rendered while the print edition is still being laid out, and marked when its pages are known.
    /// </summary>
    public static RenderedChapter Unmarked(MarkdownDocument document, Func<string, string>? linkRewriter)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new XhtmlChapterRenderer(writer, linkRewriter);
        var places = PageBreakMarkers.Record(renderer, writer.GetStringBuilder());
        renderer.Render(document);
        writer.Flush();
        return new RenderedChapter(writer.ToString(), places);
    }

    private static bool IsComment(string html) => html.StartsWith("<!--", StringComparison.Ordinal);

    private sealed class RawHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            // Comments are the author's notes to themselves, never meant to be read.
            if (block.Type == HtmlBlockType.Comment || RawHtml.IsComment(block.Lines.ToString())) return;
            if (RawHtml.IsSafeXhtml(block.Lines.ToString()))
            {
                renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: false);
                return;
            }
            renderer.Write("<p class=\"raw-html\">");
            renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true, softEscape: false);
            renderer.EnsureLine();
            renderer.WriteLine("</p>");
        }
    }

    private sealed class RawHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            if (IsComment(inline.Tag)) return;
            // A paragraph's tags are one unit: "<kbd>" is kept only if its "</kbd>" is too.
            var paragraph = inline.FirstParentOfType<ContainerInline>() is { } parent ? Root(parent) : null;
            if (paragraph is not null && RawHtml.IsSafeXhtml(RawHtml.InlineSkeleton(paragraph))) renderer.Write(inline.Tag);
            else renderer.WriteEscape(inline.Tag);
        }

        private static ContainerInline Root(ContainerInline inline)
        {
            while (inline.Parent is { } parent) inline = parent;
            return inline;
        }
    }
}
