using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;

namespace Publisher.Layout.Pagination;

/// <summary>
/// Pours blocks onto pages. It decides where pages end: a block that fits goes whole; one
/// that fits partly is split where it allows (widows and orphans); a heading moves to the
/// next page with the start of what follows it; space is dropped at the top of a page. Notes called by a line
/// go to the foot of its page (Paginator.Footnotes.cs).
/// </summary>
public sealed partial class Paginator(LayoutContext context, PageGeometry geometry)
{
    private readonly List<Page> _pages = [];

    /// <summary>Blank pages are added at the end until the page count is a multiple of this (a folded booklet: 4).</summary>
    public int PadTo { get; init; } = 1;

    /// <summary>
    /// Only where pages break and where named destinations fall: no text, rule or picture is placed on the pages
    /// (a pass that only finds the page numbers for the contents; placing copies every glyph position).
    /// </summary>
    public bool OnlyBreaks { get; init; }
    private Page _page = null!;
    private double _y;
    private bool _pageHasContent;

    public List<Page> Paginate(IReadOnlyList<Block> blocks)
    {
        NewPage();
        var width = geometry.TextWidth;
        var laidOut = new BlockRows?[blocks.Count];
        BlockRows Rows(int i) => laidOut[i] ??= blocks[i].LayOut(context, width);

        var pendingSpace = 0.0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // A page break also waits for a note continued from the page before: it belongs before the break.
            if (block.PageBreakBefore) while (HoldsAnything) NewPage();
            // A chapter opens on a right-hand page: the left-hand page before it stays blank.
            if (block.StartOnRecto && _page.Number % 2 == 0) NewPage();
            var rows = Rows(i);
            var space = _pageHasContent ? Math.Max(pendingSpace, block.SpaceBefore) : 0;

            // Keep-with-next: this block's first unbreakable part plus that of each block it
            // is chained to must fit, or the whole chain starts on the next page.
            var needed = 0.0;
            var j = i;
            for (; j + 1 < blocks.Count && blocks[j].KeepWithNext && !blocks[j + 1].PageBreakBefore; j++)
                needed += Rows(j).Height + Math.Max(blocks[j].SpaceAfter, blocks[j + 1].SpaceBefore);
            needed += j > i ? StartKeptWithHeading(blocks, j, Rows) : Rows(j).FirstChunkHeight() + FirstChunkFootnotesHeight(Rows(j));
            if (HoldsAnything && _y + space + needed > Bottom)
            {
                NewPage();
                space = 0;
            }
            _y += space;

            var anchorsPlaced = false;
            var start = 0;
            while (start < rows.Count)
            {
                var fit = FitRows(rows, start);
                if (fit == 0)
                {
                    if (HoldsAnything) { NewPage(); continue; }
                    // Nothing fits even on an empty page: place the smallest allowed chunk and move on.
                    fit = 1;
                    while (start + fit < rows.Count && !rows.CanBreakBefore(start + fit)) fit++;
                }
                if (!anchorsPlaced) PlaceStart(block);
                anchorsPlaced = true;
                // A header set again is for the eye: its text is in the structure once, where the table starts.
                if (start > 0) foreach (var header in rows.RepeatedHeader) PlaceRow(header.AsArtifact());
                for (var r = start; r < start + fit; r++)
                {
                    NoteStart(block, rows.Rows[r]);
                    PlaceRow(rows.Rows[r]);
                }
                PlaceFootnotes(rows, start, fit);
                start += fit;
                if (start < rows.Count && rows.BreakFooter is { } footer) PlaceRow(footer);
                if (start < rows.Count) NewPage();
            }
            if (rows.Count == 0 && !anchorsPlaced) PlaceStart(block);
            pendingSpace = block.SpaceAfter;
        }
        // Blank pages to fill the last sheet go in before the last notes are set, so that
        // each page's notes are placed once, by the page change that closes it.
        while (_continued.Count > 0) NewPage();
        while (_pages.Count % PadTo != 0) NewPage();
        FinishFootnotes();

        string? mark = null;
        foreach (var page in _pages)
        {
            page.MarkAtTop = mark;
            if (page.Marks.Count > 0) mark = page.Marks[^1];
        }
        return _pages;
    }

    /// <summary>Where the flow must end on this page: above the notes.</summary>
    private double Bottom => FlowBottom;

    private void NewPage()
    {
        FinishFootnoteArea();
        _page = geometry.NewPage(_pages.Count + 1);
        _pages.Add(_page);
        _y = _page.TextArea.Y;
        _pageHasContent = false;
        StartFootnotes();
    }

    private void PlaceStart(Block block)
    {
        foreach (var anchor in block.Anchors) _page.Items.Add(new DestinationItem(anchor, _page.TextArea.X, _y));
        if (block.Mark is { } mark) _page.Marks.Add(mark);
    }

    /// <summary>Records where the page begins in the sources, at the first row of the flow that knows.</summary>
    private void NoteStart(Block block, Row row)
    {
        if (_page.Start is null && (row.Origin ?? block.Origin) is { } origin)
            _page.Start = new PageStart(origin, row.WordsBefore);
    }

    private void PlaceRow(Row row)
    {
        foreach (var item in row.Items)
            if (!OnlyBreaks || item is DestinationItem) _page.Items.Add(item.Offset(_page.TextArea.X, _y));
        if (row.Line is { } line) _page.Lines.Add(line);
        _page.Lines.AddRange(row.CellLines);
        _y += row.Height;
        _pageHasContent = true;
    }
}
