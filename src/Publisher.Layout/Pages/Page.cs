namespace Publisher.Layout.Pages;

/// <summary>
/// One laid-out page: everything on it at its final position, in points from the
/// page's top-left corner. A backend only paints it; all decisions are made.
/// </summary>
public sealed class Page
{
    public Page(int number, double width, double height, Rect textArea)
    {
        Number = number;
        Width = width;
        Height = height;
        TextArea = textArea;
    }

    /// <summary>Physical page number, from 1.</summary>
    public int Number { get; }
    public double Width { get; }
    public double Height { get; }
    /// <summary>The area body text was set in (headers and footers stand outside it).</summary>
    public Rect TextArea { get; }
    public bool IsLeftHand => Number % 2 == 0;
    public List<PageItem> Items { get; } = [];
    /// <summary>The lines of text set on the page, flow first then notes, for the typography report; not painted.</summary>
    public List<TypesetLine> Lines { get; } = [];
    /// <summary>Marks (such as chapter titles) set by blocks that start on this page, in order.</summary>
    public List<string> Marks { get; } = [];
    /// <summary>The last mark set on an earlier page: what is "current" at the top of this page.</summary>
    public string? MarkAtTop { get; set; }
    /// <summary>Where the page begins in the sources; null when no row with an origin is on it (a blank page).</summary>
    public PageStart? Start { get; set; }
    /// <summary>True when nothing from the flow was placed on the page.</summary>
    public bool IsBlank => !Items.Any(i => i is GlyphRun or ImageItem or RuleItem);
}

public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    /// <summary>
    /// A picture of <paramref name="width"/> × <paramref name="height"/> scaled, keeping its proportions,
    /// until it covers this rectangle, centred on it (what stands outside is for the painter to clip).
    /// A stretched picture would show as distortion.
    /// </summary>
    public Rect CoveredBy(double width, double height)
    {
        if (width <= 0 || height <= 0) return this;
        var scale = Math.Max(Width / width, Height / height);
        var (w, h) = (width * scale, height * scale);
        return new Rect(X + (Width - w) / 2, Y + (Height - h) / 2, w, h);
    }
}
