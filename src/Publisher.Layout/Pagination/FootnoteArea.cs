using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;

namespace Publisher.Layout.Pagination;

/// <summary>
/// The notes at the foot of one page: a short rule, then the rows of the notes called on the page (and of a
/// note continued from the page before), their last row on the text area's bottom edge. The area grows as lines
/// that call notes are placed, and the room left for the flow shrinks by as much. Its rows are put on the page
/// only when the page is finished, because until then the area's top is not known.
/// </summary>
internal sealed class FootnoteArea(FootnoteStyle style)
{
    private readonly List<Row> _rows = [];
    private double _rowsHeight;

    public bool IsEmpty => _rows.Count == 0;

    /// <summary>What the area takes from the bottom of the text area: nothing while empty, else gap and rows.</summary>
    public double Height => IsEmpty ? 0 : style.Gap + _rowsHeight;

    /// <summary>What the area takes once <paramref name="rowsHeight"/> more of note rows are added.</summary>
    public double HeightWith(double rowsHeight) => style.Gap + _rowsHeight + rowsHeight;

    public void Add(Row row)
    {
        _rows.Add(row);
        _rowsHeight += row.Height;
    }

    public void PlaceOn(Page page)
    {
        if (IsEmpty) return;
        var area = page.TextArea;
        var y = area.Bottom - _rowsHeight;
        var ruleY = y - style.Gap / 2;
        // A rule of no length or thickness means none (a hairline is what a zero width would paint).
        if (style.RuleWidth > 0 && style.RuleThickness > 0)
            page.Items.Add(new RuleItem(area.X, ruleY, area.X + Math.Min(style.RuleWidth, area.Width), ruleY,
                style.RuleThickness, style.RuleColor));
        foreach (var row in _rows)
        {
            foreach (var item in row.Items) page.Items.Add(item.Offset(area.X, y));
            if (row.Line is { } line) page.Lines.Add(line with { InNote = true });
            y += row.Height;
        }
    }
}
