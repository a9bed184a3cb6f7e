using Publisher.Pdf.Writer;
using SkiaSharp;

namespace Publisher.Pdf.Painting.Svg;

/// <summary>
/// A Skia path as PDF path operators. PDF has lines and cubic curves only: quadratic curves are
/// raised to cubics exactly, conic sections (Skia's arcs) are first split into quadratics.
/// </summary>
internal static class PathOutline
{
    public static void Write(PdfContent content, SKPath path)
    {
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move: content.MoveTo(points[0].X, points[0].Y); break;
                case SKPathVerb.Line: content.LineTo(points[1].X, points[1].Y); break;
                case SKPathVerb.Quad: Quad(content, points[0], points[1], points[2]); break;
                case SKPathVerb.Conic:
                    var quads = SKPath.ConvertConicToQuads(points[0], points[1], points[2], iterator.ConicWeight(), 2);
                    for (var i = 0; i + 2 < quads.Length; i += 2) Quad(content, quads[i], quads[i + 1], quads[i + 2]);
                    break;
                case SKPathVerb.Cubic:
                    content.CurveTo(points[1].X, points[1].Y, points[2].X, points[2].Y, points[3].X, points[3].Y);
                    break;
                case SKPathVerb.Close: content.ClosePath(); break;
            }
        }
    }

    private static void Quad(PdfContent content, SKPoint p0, SKPoint p1, SKPoint p2) =>
        content.CurveTo(p0.X + 2f / 3 * (p1.X - p0.X), p0.Y + 2f / 3 * (p1.Y - p0.Y),
            p2.X + 2f / 3 * (p1.X - p2.X), p2.Y + 2f / 3 * (p1.Y - p2.Y), p2.X, p2.Y);
}
