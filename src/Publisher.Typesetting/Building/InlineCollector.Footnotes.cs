using Markdig.Extensions.Footnotes;
using Publisher.Core.Markdown;
using Publisher.Layout.Text;

namespace Publisher.Typesetting.Building;

internal sealed partial class InlineCollector
{
    /// <summary>The chapter's notes, which references carry into layout.</summary>
    public FootnoteCalls? Footnotes { get; set; }

    private const int NarrowNoBreakSpace = 0x202F;

    /// <summary>A reference: the note's number, smaller and raised, linked to the note.</summary>
    private void AddFootnoteReference(List<TextRun> runs, FootnoteLink link, State state)
    {
        // The note stands on the page of its reference: print needs no link back.
        if (link.IsBackLink) return;
        var spec = template.Footnotes;
        var raised = fonts.Derive(state.Spec, state.Bold, state.Italic) with
        {
            Size = state.Spec.Size * spec.ReferenceScale,
            BaselineShift = state.Spec.Size * spec.ReferenceRise,
        };
        var number = link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A narrow no-break space, set at half the number's size, keeps the number off its word for whoever copies
        // or searches the text (extractors see a word gap: "once 2", not "once2"); the eye sees none, and no line
        // may break before the number.
        if (raised.Face.HasGlyph(NarrowNoBreakSpace))
            runs.Add(new TextRun(((char)NarrowNoBreakSpace).ToString(), raised with { Size = raised.Size * 0.5 }));
        runs.Add(new TextRun(number, raised with
        {
            LinkDestination = links.Resolve("#" + FootnoteIds.Note(link.Footnote.Order)).Destination,
            Link = new SourceLink(),
            Footnote = Footnotes?.CarriedBy(link),
        }));
    }
}
