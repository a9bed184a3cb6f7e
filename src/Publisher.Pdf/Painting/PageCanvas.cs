using Publisher.Layout.Pages;
using Publisher.Pdf.Rendering;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Painting;

/// <summary>
/// Paints one page's items into a content stream, in the page's own coordinates (points from its
/// top-left corner, y downwards, as layout places them): the stream starts by flipping PDF's
/// bottom-up space. Links and destinations are not painted; they are collected for the page dictionary.
/// </summary>
internal sealed class PageCanvas
{
    private readonly PdfResources _resources;
    private readonly PdfContent _content = new();
    private readonly TextPainter _text;
    private readonly Page _page;
    private readonly double _bleed;

    /// <param name="bleed">How far full-bleed items run past the page's edges (0: they stop at the edge).</param>
    public PageCanvas(PdfResources resources, Page page, double bleed)
    {
        _resources = resources;
        _page = page;
        _bleed = bleed;
        _text = new TextPainter(resources, _content);
    }

    public List<UriLinkItem> UriLinks { get; } = [];
    public List<InternalLinkItem> InternalLinks { get; } = [];
    public List<DestinationItem> Destinations { get; } = [];

    /// <summary>
    /// The page's content, placed with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>)
    /// of a sheet <paramref name="sheetHeight"/> high (the page itself, or a larger sheet with bleed and marks).
    /// </summary>
    public PdfContent Paint(double left, double top, double sheetHeight, Action<PdfContent>? clip = null)
    {
        _content.Save();
        _content.Transform(1, 0, 0, -1, left, sheetHeight - top);
        clip?.Invoke(_content);
        foreach (var item in _page.Items) Paint(item);
        _text.Close();
        _content.Restore();
        return _content;
    }

    private void Paint(PageItem item)
    {
        if (item is GlyphRun run)
        {
            _text.Paint(run);
            return;
        }
        _text.Close();
        switch (item)
        {
            case RuleItem rule:
                _content.StrokeColor(rule.Color);
                _content.LineWidth(rule.Thickness);
                _content.MoveTo(rule.X1, rule.Y1);
                _content.LineTo(rule.X2, rule.Y2);
                _content.Stroke();
                break;
            case FillItem fill:
                var area = fill.FullBleed && _bleed > 0 ? FullBleed.Extend(fill.Area, _page, _bleed) : fill.Area;
                _content.FillColor(fill.Color);
                _content.Rectangle(area.X, area.Y, area.Width, area.Height);
                _content.Fill();
                break;
            case ImageItem image:
                PaintImage(image);
                break;
            case UriLinkItem link: UriLinks.Add(link); break;
            case InternalLinkItem link: InternalLinks.Add(link); break;
            case DestinationItem destination: Destinations.Add(destination); break;
        }
    }

    private void PaintImage(ImageItem image)
    {
        var area = image.Area;
        var clip = (Rect?)null;
        if (image.FullBleed && _bleed > 0)
        {
            // The picture grows, keeping its shape, to cover the page and its bleed; what overflows is cut off.
            clip = FullBleed.Extend(image.Area, _page, _bleed);
            area = clip.Value.CoveredBy(image.Area.Width, image.Area.Height);
        }
        else if (image.FullBleed)
        {
            clip = new Rect(0, 0, _page.Width, _page.Height);
        }
        var name = _resources.Image(image.Source);
        _content.Save();
        if (clip is { } c)
        {
            _content.Rectangle(c.X, c.Y, c.Width, c.Height);
            _content.Clip();
        }
        // An image fills the unit square; its top row goes at the top of the area, in this flipped space.
        _content.Transform(area.Width, 0, 0, -area.Height, area.X, area.Bottom);
        _content.DrawXObject(name);
        _content.Restore();
    }
}
