using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Publisher.Epub;

/// <summary>
/// The paragraph of a task-list item (<c>- [x] write the guide</c>): Markdig's check box and the words after it,
/// inside one <c>&lt;label&gt;</c>, so the box is named by its item's text. A screen reader then says
/// "write the guide, check box, checked" in the reader's own language, where a bare box would be an unnamed
/// control (WCAG 4.1.2). The box stays an input, disabled, because its checked state is what it tells; no
/// ids are needed, as the label holds the control. Other paragraphs are Markdig's.
/// </summary>
internal sealed class TaskParagraphRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not TaskList)
        {
            base.Write(renderer, paragraph);
            return;
        }
        // As Markdig writes a paragraph (none of its own in a tight list's item), the label inside.
        var ownElement = !renderer.ImplicitParagraph && renderer.EnableHtmlForBlock;
        if (ownElement)
        {
            if (!renderer.IsFirstInContainer) renderer.EnsureLine();
            renderer.Write("<p").WriteAttributes(paragraph).Write(">");
        }
        renderer.Write("<label>");
        renderer.WriteLeafInline(paragraph);
        renderer.Write("</label>");
        if (!renderer.ImplicitParagraph)
        {
            if (ownElement) renderer.WriteLine("</p>");
            renderer.EnsureLine();
        }
    }
}
