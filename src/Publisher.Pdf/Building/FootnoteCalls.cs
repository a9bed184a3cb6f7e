using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = Publisher.Layout.Blocks.Block;
using Footnote = Publisher.Layout.Blocks.Footnote;
using MdFootnote = Markdig.Extensions.Footnotes.Footnote;

namespace Publisher.Pdf.Building;

/// <summary>
/// Which reference carries each note of a chapter into layout, and the notes' blocks, built once. A note is set
/// once, at the foot of the page of its first reference in the text; a note first called from inside another
/// note rides with that note. Later references only link to it, as in a printed book.
/// </summary>
internal sealed class FootnoteCalls
{
    private readonly Dictionary<FootnoteLink, MdFootnote> _carrier = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MdFootnote, Footnote> _built = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<MdFootnote> _building = new(ReferenceEqualityComparer.Instance);
    private readonly Func<MdFootnote, IReadOnlyList<Block>> _build;

    public FootnoteCalls(MarkdownDocument document, Func<MdFootnote, IReadOnlyList<Block>> build)
    {
        _build = build;
        // Markdig keeps the notes after the text, so the text's references come first in this walk.
        var carried = new HashSet<MdFootnote>(ReferenceEqualityComparer.Instance);
        foreach (var link in document.Descendants<FootnoteLink>())
        {
            // A note that calls itself cannot carry itself onto a page.
            if (link.IsBackLink || IsInside(link, link.Footnote) || !carried.Add(link.Footnote)) continue;
            _carrier[link] = link.Footnote;
        }
    }

    /// <summary>The note this reference brings onto its page, or null if another reference does.</summary>
    public Footnote? CarriedBy(FootnoteLink link)
    {
        if (!_carrier.TryGetValue(link, out var note)) return null;
        if (_built.TryGetValue(note, out var built)) return built;
        if (!_building.Add(note)) return null;
        built = new Footnote(_build(note));
        _built[note] = built;
        return built;
    }

    private static bool IsInside(Inline inline, MdFootnote note)
    {
        var container = inline.Parent;
        while (container?.Parent is not null) container = container.Parent;
        for (var block = (Markdig.Syntax.Block?)container?.ParentBlock; block is not null; block = block.Parent)
            if (ReferenceEquals(block, note)) return true;
        return false;
    }
}
