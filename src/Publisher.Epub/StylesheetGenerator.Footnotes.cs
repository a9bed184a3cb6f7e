using System.Text;
using Publisher.Core.Templates;

namespace Publisher.Epub;

internal static partial class StylesheetGenerator
{
    /// <summary>
    /// Footnotes from the template's values: the reference number's size and rise, the notes' text, the number
    /// hanging in the indent, and the short rule above the notes (a reader that keeps them in the flow shows them
    /// at the chapter's end, set off as at the foot of a printed page).
    /// </summary>
    private static void Footnotes(StringBuilder css, Template template, string align)
    {
        var notes = template.Footnotes;
        Rule(css, "a.noteref", ["text-decoration: none"]);
        // vertical-align in em counts in the raised number's own (smaller) size.
        Rule(css, "a.noteref sup", [$"font-size: {Number(notes.ReferenceScale)}em",
            $"vertical-align: {Number(notes.ReferenceRise / notes.ReferenceScale)}em", "line-height: 0"]);
        Rule(css, "section.footnotes", [$"margin-top: {Pt(notes.Gap / 2)}"]);
        Rule(css, "section.footnotes::before", ["content: \"\"", "display: block",
            $"width: {Number(notes.RuleWidth / template.Page.TextWidth * 100)}%",
            $"border-top: {Pt(notes.RuleThickness)} solid {notes.Text.Color}", $"margin-bottom: {Pt(notes.Gap / 2)}"]);
        var indent = Em(notes.Indent, notes.Text.Size);
        Rule(css, "aside.footnote", [.. Text(notes.Text), $"text-align: {align}", "margin: 0", $"padding-left: {indent}"]);
        Rule(css, "aside.footnote > p:first-child", [$"text-indent: -{indent}"]);
        Rule(css, "a.footnote-number", ["display: inline-block", $"min-width: {indent}", "text-indent: 0",
            "text-decoration: none", "color: inherit"]);
        Rule(css, "a.footnote-back", ["text-decoration: none"]);
    }
}
