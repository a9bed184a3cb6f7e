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

    public LaidOutOnce(Block inner)
    {
        _inner = inner;
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
    /// Whether its lines show page numbers known only after layout (a reference's "on page 12"), and so must be broken
    /// again when those numbers change.
    /// </summary>
    public bool HasPageReferences => _inner switch
    {
        ParagraphBlock paragraph => paragraph.HasPageReferences,
        TableBlock table => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Runs).Any(r => r.Style.PageOf is not null),
        _ => false,
    };

    /// <summary>Drops the rows kept, so that the next layout breaks the block again (with new page numbers).</summary>
    public void Forget() => _rows = null;

    public override BlockRows Layout(LayoutContext context, double width)
    {
        if (_rows is null || width != _width)
        {
            _rows = _inner.LayOut(context, width);
            _width = width;
        }
        return _rows;
    }
}
