using Publisher.Layout;
using Publisher.Layout.Blocks;

namespace Publisher.Typesetting.Building;

/// <summary>
/// A block whose rows are computed once and handed out again: the chapters are paginated once
/// more after the table of contents gets its page numbers, and their lines do not change, so
/// the second pass need not break them again. It keeps the wrapped block's spacing and keeps, and its rows
/// carry the wrapped block's structure element.
/// </summary>
internal sealed record LaidOutOnce : Block
{
    private readonly Block _inner;
    private BlockRows? _rows;
    private double _width = double.NaN;
    // The body's context (without glyphs when only page breaks are wanted), whichever context pagination passes.
    private readonly LayoutContext? _context;

    public LaidOutOnce(Block inner, LayoutContext? context = null)
    {
        _inner = inner;
        _context = context;
        SpaceBefore = inner.SpaceBefore;
        SpaceAfter = inner.SpaceAfter;
        KeepWithNext = inner.KeepWithNext;
        PageBreakBefore = inner.PageBreakBefore;
        StartOnRecto = inner.StartOnRecto;
        Anchors = inner.Anchors;
        Mark = inner.Mark;
        Origin = inner.Origin;
    }

    /// <summary>The block wrapped.</summary>
    public Block Inner => _inner;

    /// <summary>
    /// The places whose page its lines show (a reference's "on page 12"), by destination: known only after layout, so the
    /// block is broken again when one of them moves.
    /// </summary>
    public IEnumerable<string> PageReferences => (_inner switch
    {
        ParagraphBlock paragraph => paragraph.Runs,
        TableBlock table => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Runs),
        _ => [],
    }).Select(r => r.Style.PageOf).OfType<string>();

    /// <summary>Drops the rows kept, so that the next layout breaks the block again (with new page numbers).</summary>
    public void Forget() => _rows = null;

    public override BlockRows Layout(LayoutContext context, double width)
    {
        if (_rows is null || width != _width)
        {
            _rows = _inner.LayOut(_context ?? context, width);
            _width = width;
        }
        return _rows;
    }
}
