using Publisher.Layout.Pages;

namespace Publisher.Layout.Blocks;

/// <summary>
/// Blocks set at the foot of a page of their own, as an imprint stands at the foot of the
/// title page's back. The block takes the whole text area; its content is kept together.
/// </summary>
public sealed record PageFootBlock : Block
{
    public required IReadOnlyList<Block> Content { get; init; }
    public required double TextHeight { get; init; }

    public override BlockRows Layout(LayoutContext context, double width)
    {
        var placed = new List<(double Y, Row Row)>();
        var y = 0.0;
        for (var i = 0; i < Content.Count; i++)
        {
            if (i > 0) y += Math.Max(Content[i - 1].SpaceAfter, Content[i].SpaceBefore);
            foreach (var row in Content[i].LayOut(context, width).Rows)
            {
                placed.Add((y, row));
                y += row.Height;
            }
        }
        var top = Math.Max(0, TextHeight - y);
        var items = placed.SelectMany(p => p.Row.Items.Select(item => item.Offset(0, top + p.Y))).ToList();
        return new BlockRows([new Row(Math.Max(TextHeight, y), items)], _ => false);
    }
}
