using Markdig.Extensions.Footnotes;
using Block = Publisher.Layout.Blocks.Block;
using Footnote = Publisher.Layout.Blocks.Footnote;
using MdFootnote = Markdig.Extensions.Footnotes.Footnote;

namespace Publisher.Typesetting.Building;

/// <summary>
/// Which reference carries each note of a chapter into layout, and the notes' blocks, built once. A note is set
/// once, at the foot of the page of the first reference that is laid out (references are collected in reading
/// order; one first called from inside another note rides with that note). Later references only link to it, as
/// in a printed book. Deciding at collection time, not from the Markdown tree, means a reference that is not laid
/// out (in a table still set as plain text) cannot take a note with it.
/// </summary>
internal sealed class FootnoteCalls(Func<MdFootnote, IReadOnlyList<Block>> build)
{
    private readonly HashSet<MdFootnote> _carried = new(ReferenceEqualityComparer.Instance);

    /// <summary>The note this reference brings onto its page, or null if an earlier reference did.</summary>
    public Footnote? CarriedBy(FootnoteLink link) =>
        // Marked before building, so that a note calling itself does not carry itself again.
        _carried.Add(link.Footnote) ? new Footnote(build(link.Footnote)) : null;
}
