namespace Publisher.Layout.Blocks;

/// <summary>
/// Takes no room: it only carries what a block carries besides content (a page break,
/// anchors, a mark), e.g. the start of a chapter.
/// </summary>
public sealed record MarkerBlock : Block
{
    public override BlockRows Layout(LayoutContext context, double width) => new([], _ => false);
}
