
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
}
