using Publisher.Core.Images;

namespace Publisher.Typesetting.Images;

/// <summary>
/// A PNG, JPEG or GIF, for its size: read from its header, after its structure is walked to the end
/// (<see cref="RasterStructure"/>), without decoding a pixel. Pages need the size only; the PDF writer
/// embeds the file itself (a JPEG's bytes, a PNG's compressed data as they are where PDF can read them),
/// and the EPUB carries the file.
/// </summary>
public sealed class RasterImage : LoadedImage
{
    private readonly int _width, _height;

    private RasterImage(int width, int height) => (_width, _height) = (width, height);

    public static RasterImage Load(string path, ImageFormat format)
    {
        var (width, height) = RasterStructure.Read(path, format);
        if (width <= 0 || height <= 0) throw new InvalidDataException("it has no pixels");
        return new RasterImage(width, height);
    }

    public override double Width => _width * PointsPerPixel;
    public override double Height => _height * PointsPerPixel;

    public override void Dispose() { }
}
