using Publisher.Layout.Pages;

namespace Publisher.Layout.Blocks;

/// <summary>
/// An image on a line of its own, with an optional caption below it: a figure. The image
/// comes at its natural size, scaled down (never up) to fit the text width and, with its
/// caption, the page's text height, so that image and caption always stand on one page.
/// The layout engine only places it; the backend decodes and draws <see cref="Source"/>.
/// </summary>
public sealed record ImageBlock : Block
{
    /// <summary>The image file, handed through to the backend untouched.</summary>
    public required string Source { get; init; }
    /// <summary>Natural size in points: the most the image is ever shown at.</summary>
    public required double Width { get; init; }
    public required double Height { get; init; }
    public ParagraphBlock? Caption { get; init; }
    /// <summary>Space between the image and its caption.</summary>
    public double CaptionGap { get; init; }
    /// <summary>Where an image narrower than the text stands (justify counts as centre).</summary>
    public Alignment Align { get; init; } = Alignment.Center;
    public double LeftIndent { get; init; }
    /// <summary>The height of the page's text area: image and caption together never exceed it.</summary>
    public double MaxHeight { get; init; } = double.PositiveInfinity;

    /// <summary>However long a caption, the image keeps at least this share of the page's height.</summary>
    private const double LeastShareOfPage = 0.25;

    public override BlockRows Layout(LayoutContext context, double width)
    {
        var available = Math.Max(1, width - LeftIndent);
        var caption = Caption?.LayOut(context, width);
        var captionHeight = caption is null || caption.Count == 0 ? 0 : caption.Height + CaptionGap;
        var room = Math.Max(MaxHeight - captionHeight, MaxHeight * LeastShareOfPage);
        var scale = Math.Min(1, Math.Min(available / Width, room / Height));
        var (w, h) = (Width * scale, Height * scale);
        var x = LeftIndent + Align switch
        {
            Alignment.Left => 0,
            Alignment.Right => available - w,
            _ => (available - w) / 2,
        };

        var rows = new List<Row> { new(h + (captionHeight > 0 ? CaptionGap : 0), [new ImageItem(new Rect(x, 0, w, h), Source)]) };
        if (caption is not null) rows.AddRange(caption.Rows);
        // Kept whole; only a caption too long for any page may continue overleaf, after its first line.
        var fitsOnAPage = rows.Sum(r => r.Height) <= MaxHeight + 0.01;
        return new BlockRows(rows, i => !fitsOnAPage && i >= 2 && caption!.CanBreakBefore(i - 1));
    }
}
