using SkiaSharp;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// Crop marks: at each corner of the trim, two thin lines continuing its edges outward, drawn outside
/// the bleed so that the cut removes them and a picture running into the bleed never hides them.
/// </summary>
internal static class CropMarks
{
    /// <summary>Draws the marks in PDF's own space (from the sheet's bottom-left corner).</summary>
    public static void Draw(Writer.PdfContent content, PrintBoxes print)
    {
        var (left, bottom) = print.TrimOrigin;
        var (right, top) = (left + print.TrimWidth, bottom + print.TrimHeight);
        var from = print.Bleed + PrintBoxes.MarkGap;
        var to = from + PrintBoxes.MarkLength;
        content.StrokeColor(0x000000);
        content.LineWidth(PrintBoxes.MarkThickness);
        foreach (var x in new[] { left, right })
        foreach (var y in new[] { bottom, top })
        {
            var outX = x == left ? -1 : 1;
            var outY = y == bottom ? -1 : 1;
            content.MoveTo(x + outX * from, y);
            content.LineTo(x + outX * to, y);
            content.MoveTo(x, y + outY * from);
            content.LineTo(x, y + outY * to);
        }
        content.Stroke();
    }

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
