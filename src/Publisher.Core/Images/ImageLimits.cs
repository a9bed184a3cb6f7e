using System.Xml;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Images;

/// <summary>
/// What every image must be before either format uses it, checked once when the book is read:
/// whole (<see cref="RasterStructure"/>), no larger than <see cref="MaxPixels"/>, and for an SVG
/// well-formed and not nested too deep (<see cref="SvgNesting"/>). The EPUB copies image files as
/// they are, so without this a PNG cut short went into it unnoticed.
/// </summary>
public static class ImageLimits
{
    /// <summary>
    /// 50 megapixels: a full 6 × 9 in page at 600 pixels per inch is 19, an A3 page at 600 is 70 at
    /// the extreme; decoded, 50 take 200 MB. A 30,000 × 30,000 picture (900) would take 3.6 GB.
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <param name="what">How messages name the image: <c>image 'figures/map.png'</c>.</param>
    /// <param name="shownAt">Where the sources show it: the Markdown image, or book.yml's <c>cover:</c>.</param>
    /// <param name="displayPath">The image file as diagnostics show it (for a place inside an SVG).</param>
    public static void Check(BookImage image, string what, SourceLocation shownAt, string displayPath)
    {
        var type = ImageFormats.Name(image.Format);
        try
        {
            if (image.Format == ImageFormat.Svg)
            {
                SvgNesting.Check(image.Path, displayPath);
                return;
            }
            var (width, height) = RasterStructure.Read(image.Path, image.Format);
            if ((long)width * height > MaxPixels)
                throw BuildFailedException.At(shownAt, DiagnosticCodes.ImageTooLarge,
                    $"{what} is {width} × {height} pixels, more than the {MaxPixels / 1_000_000} megapixels a book's picture may have; " +
                    "scale it down (300 pixels per inch of print is plenty)");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or UnauthorizedAccessException)
        {
            throw BuildFailedException.At(shownAt, DiagnosticCodes.ImageUnreadable, $"{what} is not a readable {type} file: {e.Message}");
        }
    }
}
