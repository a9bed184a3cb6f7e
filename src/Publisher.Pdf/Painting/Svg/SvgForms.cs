using Publisher.Typesetting.Images;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Painting.Svg;

/// <summary>
/// An SVG image as a PDF form XObject (ISO 32000-1 §8.10): its drawing in its own coordinates, with a
/// matrix that fits its bounds into the unit square the way an image XObject fills it, so a page shows
/// either kind with the same operators.
/// </summary>
internal static class SvgForms
{
    public static PdfRef Write(PdfResources resources, VectorImage image)
    {
        var file = resources.File;
        var painter = new SvgPainter(resources, image);
        painter.Play(image.Picture);
        var b = image.Picture.CullRect;
        var (w, h) = ((double)b.Width, (double)b.Height);
        var form = new PdfDict("XObject")
        {
            { "Subtype", new PdfName("Form") },
            { "BBox", PdfArray.Of((double)b.Left, (double)b.Top, (double)b.Right, (double)b.Bottom) },
            // (x, y) in the SVG -> ((x - left) / w, 1 - (y - top) / h): its top-left corner to the square's top-left.
            { "Matrix", PdfArray.Of(1 / w, 0, 0, -1 / h, -b.Left / w, 1 + b.Top / h) },
            { "Resources", painter.Resources(resources.FontsReference) },
        };
        return file.AddStream(form, painter.Content.Bytes);
    }
}
