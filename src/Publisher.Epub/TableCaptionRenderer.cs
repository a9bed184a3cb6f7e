using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// A table's caption paragraph (<see cref="TableCaptions"/>) is written inside its table as &lt;caption&gt;
/// (<see cref="XhtmlTableRenderer"/>), not where it stands; other paragraphs go to <paramref name="others"/>.
/// </summary>
internal sealed class TableCaptionRenderer(ParagraphRenderer others) : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (!TableCaptions.IsCaption(paragraph)) others.Write(renderer, paragraph);
    }
}
