using Publisher.Layout.Pages;

namespace Publisher.Layout.Blocks;

/// <summary>A horizontal rule across a share of the text width, centred (a thematic break); or, indented, of what is left (a callout's rules in a list).</summary>
public sealed record RuleBlock : Block
{
    public double Thickness { get; init; } = 0.5;
    public double WidthFraction { get; init; } = 1;
    public uint Color { get; init; }
    /// <summary>Where the measure it spans begins, from the text area's left edge.</summary>
    public double LeftIndent { get; init; }

    public override BlockRows Layout(LayoutContext context, double width)
    {
        var measure = Math.Max(0, width - LeftIndent);
        var length = measure * WidthFraction;
        var x = LeftIndent + (measure - length) / 2;
        var y = Thickness / 2;
        return new BlockRows([new Row(Thickness, [new RuleItem(x, y, x + length, y, Thickness, Color)])], _ => false);
    }
}
