using Publisher.Core.Images;
using Publisher.Core.Templates;
using SkiaSharp;

namespace Publisher.Pdf.Images;

/// <summary>
/// Every image of a book, loaded once by file: the layout asks for natural sizes, the
/// painter draws the same objects. Drawing one SKImage on several pages lets Skia write it
/// into the PDF once.
/// </summary>
internal sealed class ImageLibrary(Template template) : IDisposable
{
    private readonly Dictionary<string, LoadedImage> _images = new(StringComparer.Ordinal);
    private readonly SvgFonts _svgFonts = new(template);

    /// <summary>Loads (or finds) an image; a damaged or unreadable file throws <see cref="InvalidDataException"/>.</summary>
    public LoadedImage Load(BookImage image)
    {
        if (_images.TryGetValue(image.Path, out var loaded)) return loaded;
        try
        {
            loaded = image.Format == ImageFormat.Svg ? VectorImage.Load(image.Path, _svgFonts) : RasterImage.Load(image.Path, image.Format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Xml.XmlException)
        {
            throw new InvalidDataException(e.Message, e);
        }
        _images[image.Path] = loaded;
        return loaded;
    }

    public void Draw(SKCanvas canvas, string path, SKRect area) => _images[path].Draw(canvas, area);

    public void Dispose()
    {
        foreach (var image in _images.Values) image.Dispose();
        _images.Clear();
        _svgFonts.Dispose();
    }
}
