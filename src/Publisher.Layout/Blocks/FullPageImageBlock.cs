using Publisher.Layout.Pages;

namespace Publisher.Layout.Blocks;

/// <summary>
/// An image over a whole page, edge to edge (a cover): scaled to cover the page, centred, the
/// overflow cropped by the backend (<see cref="ImageItem.FullBleed"/>). It takes the whole text
/// area, so nothing else shares its page.
/// </summary>
public sealed record FullPageImageBlock : Block
{
    public required string Source { get; init; }
    /// <summary>Natural size, for the aspect ratio.</summary>
    public required double Width { get; init; }
    public required double Height { get; init; }
    public required double PageWidth { get; init; }
    public required double PageHeight { get; init; }
    /// <summary>Where the text area stands on the page the image goes on: rows are placed relative to it.</summary>
    public required double TextLeft { get; init; }
    public required double TextTop { get; init; }
    public required double TextHeight { get; init; }

    public override BlockRows Layout(LayoutContext context, double width)
    {
        // The page, in the coordinates of the text area the row is placed in.
        var area = new Rect(-TextLeft, -TextTop, PageWidth, PageHeight).CoveredBy(Width, Height);
        return new BlockRows([new Row(TextHeight, [new ImageItem(area, Source) { FullBleed = true }])], _ => false);
    }
}
