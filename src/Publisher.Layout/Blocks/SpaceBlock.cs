namespace Publisher.Layout.Blocks;

/// <summary>Empty vertical space of a fixed height (kept even at the top of a page).</summary>
public sealed record SpaceBlock(double Height) : Block
{
    public override BlockRows Layout(LayoutContext context, double width) =>
        new([new Row(Height, [])], _ => false);
}
