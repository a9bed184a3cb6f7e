using SkiaSharp;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// Crop marks: at each corner of the trim, two thin lines continuing its edges outward, drawn outside
/// the bleed so that the cut removes them and a picture running into the bleed never hides them.
/// </summary>
internal static class CropMarks
{
    public static void Draw(SKCanvas canvas, SKRect trim, double bleed)
    {
        var from = (float)(bleed + PrintBoxes.MarkGap);
        var to = (float)(bleed + PrintBoxes.MarkGap + PrintBoxes.MarkLength);
        using var paint = new SKPaint
        {
            Color = SKColors.Black, StrokeWidth = (float)PrintBoxes.MarkThickness, Style = SKPaintStyle.Stroke,
            IsAntialias = true,
        };
        foreach (var x in new[] { trim.Left, trim.Right })
        foreach (var y in new[] { trim.Top, trim.Bottom })
        {
            var outX = x == trim.Left ? -1 : 1;
            var outY = y == trim.Top ? -1 : 1;
            canvas.DrawLine(x + outX * from, y, x + outX * to, y, paint);
            canvas.DrawLine(x, y + outY * from, x, y + outY * to, paint);
        }
    }
}
