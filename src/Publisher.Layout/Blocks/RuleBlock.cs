using Publisher.Layout.Pages;

namespace Publisher.Layout.Blocks;

/// <summary>A horizontal rule across a share of the text width, centred (a thematic break).</summary>
public sealed record RuleBlock : Block
{
    public double Thickness { get; init; } = 0.5;
    public double WidthFraction { get; init; } = 1;
    public uint Color { get; init; }

    public override BlockRows Layout(LayoutContext context, double width)
    {
        var length = width * WidthFraction;
        var x = (width - length) / 2;
        var y = Thickness / 2;
        return new BlockRows([new Row(Thickness, [new RuleItem(x, y, x + length, y, Thickness, Color)])], _ => false);
    }
}
