using Publisher.Core.Templates;
using Publisher.Layout.Pagination;

namespace Publisher.Typesetting.Styling;

/// <summary>The template's footnote rule and gap, as the paginator takes them; the rule has the notes' colour.</summary>
internal static class FootnoteAreaStyle
{
    public static FootnoteStyle From(Template template)
    {
        var notes = template.Footnotes;
        return new FootnoteStyle(notes.Gap, notes.RuleWidth, notes.RuleThickness, Colors.Parse(notes.Text.Color));
    }
}
