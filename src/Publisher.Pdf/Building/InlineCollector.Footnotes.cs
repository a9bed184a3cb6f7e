using Markdig.Extensions.Footnotes;
using Publisher.Core.Markdown;
using Publisher.Layout.Text;

namespace Publisher.Pdf.Building;

internal sealed partial class InlineCollector
{
    /// <summary>The chapter's notes, which references carry into layout.</summary>
    public FootnoteCalls? Footnotes { get; set; }

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
        runs.Add(new TextRun(link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), raised with
        {
            LinkDestination = links.Resolve("#" + FootnoteIds.Note(link.Footnote.Order)).Destination,
            Footnote = Footnotes?.CarriedBy(link),
        }));
    }
}
