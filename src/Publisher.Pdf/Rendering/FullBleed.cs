using Publisher.Layout.Pages;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// Where a full-bleed item is painted: each of its edges that reaches the page's edge moves out by the
/// bleed, so that a cut a little outside the trim still meets colour, not white paper.
/// </summary>
internal static class FullBleed
{
    /// <summary>Layout rounding: an edge this close to the page's edge counts as reaching it.</summary>
    private const double Reach = 0.5;

    public static Rect Extend(Rect area, Page page, double bleed)
    {
        var left = area.X <= Reach ? -bleed : area.X;
        var top = area.Y <= Reach ? -bleed : area.Y;
        var right = area.Right >= page.Width - Reach ? page.Width + bleed : area.Right;
        var bottom = area.Bottom >= page.Height - Reach ? page.Height + bleed : area.Bottom;
        return new Rect(left, top, right - left, bottom - top);
    }
}
