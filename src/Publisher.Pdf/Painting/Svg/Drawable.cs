using SkiaSharp;
using Shim = ShimSkiaSharp;

namespace Publisher.Pdf.Painting.Svg;

/// <summary>
/// Whether a drawing's numbers can go into PDF: finite, and small enough that the products and sums the
/// painter makes of them (matrices multiplied, quadratic curves raised to cubics, all in single precision)
/// stay finite. 1e18 points is far beyond any page; an SVG file gets there only by mistake or malice.
/// </summary>
internal static class Drawable
{
    private const float Largest = 1e18f;

    public static bool Number(float value) => float.IsFinite(value) && Math.Abs(value) < Largest;

    public static bool Matrix(Shim.SKMatrix m) =>
        Number(m.ScaleX) && Number(m.SkewX) && Number(m.TransX) && Number(m.SkewY) && Number(m.ScaleY) && Number(m.TransY);

    public static bool Rect(Shim.SKRect r) => Number(r.Left) && Number(r.Top) && Number(r.Right) && Number(r.Bottom);

    public static bool Path(SKPath path)
    {
        foreach (var point in path.Points)
            if (!Number(point.X) || !Number(point.Y)) return false;
        return true;
    }

    /// <summary>A stroke's width, miter limit and dashes (a fill ignores them, but they are checked the same).</summary>
    public static bool Stroke(Shim.SKPaint paint) =>
        Number(paint.StrokeWidth) && Number(paint.StrokeMiter)
        && (paint.PathEffect is not Shim.DashPathEffect { Intervals: { } intervals } dash || (intervals.All(Number) && Number(dash.Phase)));

    public static bool Text(Shim.DrawTextCanvasCommand text, Shim.SKPaint paint) =>
        Number(text.X) && Number(text.Y) && Number(text.Font?.Size ?? paint.TextSize);
}
