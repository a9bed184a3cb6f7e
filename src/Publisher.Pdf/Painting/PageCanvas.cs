using Publisher.Layout.Pages;
using Publisher.Pdf.Rendering;
using Publisher.Pdf.Tagging;
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
    private readonly PdfContent _content;
    private readonly TextPainter _text;
    private readonly Page _page;
    private readonly double _bleed;

    /// <param name="bleed">How far full-bleed items run past the page's edges (0: they stop at the edge).</param>
    /// <param name="tagged">Whether what is painted is marked as its structure element's content or as an artifact
    /// (<see cref="Marks"/>); not for pages painted into a form, such as the imposed booklet's.</param>
    /// <param name="buffer">Where the content stream is written, emptied first (the buffer of the page before); null: a new one.</param>
    public PageCanvas(PdfResources resources, Page page, double bleed, bool tagged = false, System.Buffers.ArrayBufferWriter<byte>? buffer = null)
    {
        _content = buffer is null ? new PdfContent() : new PdfContent(buffer);
        _resources = resources;
        _page = page;
        _bleed = bleed;
        _text = new TextPainter(resources, _content);
        if (tagged) Marks = new MarkedContent(_content);
    }

    /// <summary>The page's marked content, when it is tagged.</summary>
    public MarkedContent? Marks { get; }

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
        Marks?.Close();
        _content.Restore();
        return _content;
    }

    private void Paint(PageItem item)
    {
        if (Marks is not null && item is GlyphRun { EndsWithHyphen: true, Glyphs.Length: > 1 } broken)
        {
            // The added hyphen reads as a soft hyphen, in a sequence of its own after the word's beginning.
            var (word, hyphen) = SplitHyphen(broken);
            Marks.Enter(word, _text.Close);
            _text.Paint(word);
            Marks.Enter(hyphen, _text.Close, actualText: "\u00AD");
            _text.Paint(hyphen);
            return;
        }
        if (item is GlyphRun or RuleItem or FillItem or ImageItem) Marks?.Enter(item, _text.Close);
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

    /// <summary>A run that ends in the hyphen line breaking added, as the run before it and the hyphen alone.</summary>
    private static (GlyphRun Word, GlyphRun Hyphen) SplitHyphen(GlyphRun run)
    {
        var last = run.Glyphs.Length - 1;
        var at = Math.Clamp(run.Clusters[last], 0, run.Text.Length);
        var word = run with
        {
            Glyphs = run.Glyphs[..last], X = run.X[..last], OffsetY = run.OffsetY[..last], Clusters = run.Clusters[..last],
            Text = run.Text[..at], Right = run.X[last], EndsWithHyphen = false,
        };
        var hyphen = run with
        {
            Glyphs = [run.Glyphs[last]], X = [run.X[last]], OffsetY = [run.OffsetY[last]], Clusters = [0],
            Text = run.Text[at..], EndsWithHyphen = false,
        };
        return (word, hyphen);
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
