using Publisher.Core.Images;
using SkiaSharp;

namespace Publisher.Typesetting.Images;

/// <summary>
/// A PNG, JPEG or GIF, for its size. A JPEG stays encoded here (the PDF writer embeds its bytes
/// as they are); other types are decoded once, which proves the file is whole while its place in
/// the text is still known, so a damaged picture is reported at the line that shows it.
/// </summary>
public sealed class RasterImage : LoadedImage
{
    private readonly SKImage _image;

    private RasterImage(SKImage image) => _image = image;

    public static RasterImage Load(string path, ImageFormat format)
    {
        using var data = SKData.Create(path) ?? throw new InvalidDataException("the file cannot be opened");
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("its header is damaged or cut short");
        if (codec.Info.Width <= 0 || codec.Info.Height <= 0) throw new InvalidDataException("it has no pixels");
        if (format == ImageFormat.Jpeg)
            return new RasterImage(SKImage.FromEncodedData(data) ?? throw new InvalidDataException("its data is damaged"));
        return new RasterImage(Decode(codec));
    }

    /// <summary>
    /// Decodes every pixel, as SKBitmap.Decode would, but refuses what it lets through: a file whose
    /// pixel data ends early decodes as "incomplete input", the missing rows left blank. The bitmap is
    /// made immutable so that the image shares its pixels instead of copying them.
    /// </summary>
    private static SKImage Decode(SKCodec codec)
    {
        var info = codec.Info;
        if (info.AlphaType == SKAlphaType.Unpremul) info.AlphaType = SKAlphaType.Premul;
        info.ColorSpace = null;
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
            throw new InvalidDataException(result == SKCodecResult.IncompleteInput
                ? "its pixel data is cut short"
                : "its pixel data is damaged");
        bitmap.SetImmutable();
        return SKImage.FromBitmap(bitmap) ?? throw new InvalidDataException("its pixel data is damaged");
    }

    public override double Width => _image.Width * PointsPerPixel;
    public override double Height => _image.Height * PointsPerPixel;

    public override void Dispose() => _image.Dispose();
}
