using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// A reference to a footnote as EPUB 3 reading systems know it: <c>epub:type="noteref"</c> (and the ARIA role),
/// so that a tap opens the note in a pop-up; the number is raised by the stylesheet from the template's values.
/// A back link inside a note leads to the reference; the first one is the note's own number (see
/// <see cref="XhtmlFootnoteGroupRenderer"/>), so only a second or later reference gets a separate arrow.
/// </summary>
internal sealed class XhtmlFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var note = FootnoteIds.Note(link.Footnote.Order);
        var reference = FootnoteIds.Reference(link.Index);
        if (!link.IsBackLink)
        {
            renderer.Write($"<a epub:type=\"noteref\" role=\"doc-noteref\" id=\"{reference}\" href=\"#{note}\" class=\"noteref\">")
                .Write($"<sup>{link.Footnote.Order}</sup></a>");
            return;
        }
        if (link.Footnote.Links.Count > 0 && link.Footnote.Links[0].Index == link.Index) return;
        renderer.Write($"\u00a0<a href=\"#{reference}\" role=\"doc-backlink\" class=\"footnote-back\">\u21a9</a>");
    }
}

/// <summary>
/// The chapter's notes, where Markdig puts them (after the text): each an <c>aside epub:type="footnote"</c> whose
/// id the references link to, opening with its number, which links back to the (first) reference. Reading
/// systems that show notes in pop-ups hide these asides from the flow.
/// </summary>
internal sealed class XhtmlFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\" epub:type=\"footnotes\">");
        foreach (var note in group.OfType<Footnote>())
        {
            renderer.WriteLine($"<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"{FootnoteIds.Note(note.Order)}\" class=\"footnote\">");
            var number = note.Links.Count == 0 ? $"{note.Order}"
                : $"<a href=\"#{FootnoteIds.Reference(note.Links[0].Index)}\" role=\"doc-backlink\" class=\"footnote-number\">{note.Order}</a>";
            if (note.Count > 0 && note[0] is ParagraphBlock first)
            {
                // The number opens the note's first paragraph, as in print.
                renderer.Write("<p").WriteAttributes(first).Write(">").Write(number).Write(" ");
                renderer.WriteLeafInline(first);
                renderer.WriteLine("</p>");
                foreach (var block in note.Skip(1).Where(b => !IsEmptyBackLinkParagraph(b, note))) renderer.Write(block);
            }
            else
            {
                renderer.WriteLine($"<p>{number}</p>");
                foreach (var block in note.Where(b => !IsEmptyBackLinkParagraph(b, note))) renderer.Write(block);
            }
            renderer.EnsureLine();
            renderer.WriteLine("</aside>");
        }
        renderer.WriteLine("</section>");
    }

    /// <summary>
    /// The paragraph Markdig adds to a note that ends in a list or code, to hold the back links: with only the
    /// first one, which the number already is, it would be an empty paragraph.
    /// </summary>
    private static bool IsEmptyBackLinkParagraph(Block block, Footnote note) =>
        block is ParagraphBlock paragraph && note.Links.Count > 0
        && (paragraph.Inline?.All(i => i is FootnoteLink { IsBackLink: true } l && l.Index == note.Links[0].Index) ?? true);
}
