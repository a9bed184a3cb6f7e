using Publisher.Core.Images;
using SkiaSharp;

namespace Publisher.Pdf.Writer.Images;

/// <summary>
/// Raster images as PDF image XObjects (ISO 32000-1 §8.9.5). A JPEG goes in as its own bytes
/// (/DCTDecode), a PNG's compressed data as it is (/FlateDecode with PNG predictors) wherever PDF
/// can read it so; only what PDF cannot take directly (an alpha channel, interlacing, a GIF) is
/// decoded, and then written losslessly with the alpha as a soft mask.
/// </summary>
internal static class ImageXObjects
{
    public static PdfRef Write(PdfFile file, string path) => WriteEncoded(file, File.ReadAllBytes(path));

    /// <summary>An image from its file's bytes, in whatever raster format they are.</summary>
    public static PdfRef WriteEncoded(PdfFile file, byte[] bytes)
    {
        var format = ImageFormats.Detect(bytes);
        if (format == ImageFormat.Jpeg) return Jpeg(file, bytes);
        if (format == ImageFormat.Png && PngChunks.Read(bytes) is { PassesThrough: true } png) return Png(file, png);
        return Decoded(file, bytes);
    }

    /// <summary>Whether the file at <paramref name="path"/> is a JPEG of four components (CMYK, or YCCK).</summary>
    public static bool IsCmykJpeg(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return ImageFormats.Detect(bytes) == ImageFormat.Jpeg && JpegHeader.Read(bytes).Components == 4;
    }

    private static PdfRef Jpeg(PdfFile file, byte[] bytes)
    {
        var header = JpegHeader.Read(bytes);
        var image = Image(header.Width, header.Height, header.BitsPerComponent);
        image.Add("ColorSpace", new PdfName(header.Components switch
        {
            1 => "DeviceGray",
            4 => "DeviceCMYK",
            _ => "DeviceRGB",
        }));
        if (header.AdobeInverted) image.Add("Decode", PdfArray.Of(1, 0, 1, 0, 1, 0, 1, 0));
        image.Add("Filter", new PdfName("DCTDecode"));
        return file.AddStream(image, bytes, compress: false);
    }

    private static PdfRef Png(PdfFile file, PngChunks png)
    {
        var image = Image(png.Width, png.Height, png.BitDepth);
        if (png.ColorType == 3)
        {
            var entries = png.Palette!.Length / 3;
            image.Add("ColorSpace", PdfArray.Of(new PdfName("Indexed"), new PdfName("DeviceRGB"), entries - 1,
                new PdfBytes(png.Palette[..(entries * 3)])));
        }
        else
        {
            image.Add("ColorSpace", new PdfName(png.Colors == 1 ? "DeviceGray" : "DeviceRGB"));
            // One colour that stands for transparent: a colour-key mask, as PDF spells it.
            if (png.Transparency is { } key && key.Length >= png.Colors * 2)
                image.Add("Mask", new PdfArray(Enumerable.Range(0, png.Colors)
                    .SelectMany(c => { var v = key[2 * c] << 8 | key[2 * c + 1]; return new object?[] { v, v }; })));
        }
        image.Add("Filter", new PdfName("FlateDecode"));
        image.Add("DecodeParms", new PdfDict
        {
            { "Predictor", 15 }, { "Colors", png.Colors }, { "BitsPerComponent", png.BitDepth }, { "Columns", png.Width },
        });
        return file.AddStream(image, png.Data, compress: false);
    }

    /// <summary>Any other image: decoded to 8-bit RGB, the alpha (if any pixel is not opaque) as a soft mask.</summary>
    private static PdfRef Decoded(PdfFile file, byte[] bytes)
    {
        var picture = file.Compressed?.Picture(bytes, b => Decode(b, file)) ?? Decode(bytes, file);
        var image = Image(picture.Width, picture.Height, 8);
        image.Add("ColorSpace", new PdfName("DeviceRGB"));
        if (picture.Alpha is { } alpha)
        {
            var mask = Image(picture.Width, picture.Height, 8);
            mask.Add("ColorSpace", new PdfName("DeviceGray"));
            image.Add("SMask", file.AddDeflated(mask, alpha));
        }
        return file.AddDeflated(image, picture.Rgb);
    }

    private static CompressedPicture Decode(byte[] bytes, PdfFile file)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("its header is damaged or cut short");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
            throw new InvalidDataException("its pixel data is damaged or cut short");
        var rgba = bitmap.GetPixelSpan();
        var pixels = info.Width * info.Height;
        var rgb = new byte[pixels * 3];
        var alpha = new byte[pixels];
        var opaque = true;
        for (var i = 0; i < pixels; i++)
        {
            rgb[3 * i] = rgba[4 * i];
            rgb[3 * i + 1] = rgba[4 * i + 1];
            rgb[3 * i + 2] = rgba[4 * i + 2];
            alpha[i] = rgba[4 * i + 3];
            opaque &= alpha[i] == 255;
        }
        // The mask is compressed first, as it is written first (its object comes before the image's).
        var mask = opaque ? null : file.Compress(alpha);
        return new CompressedPicture(info.Width, info.Height, file.Compress(rgb), mask);
    }

    private static PdfDict Image(int width, int height, int bits) => new("XObject")
    {
        { "Subtype", new PdfName("Image") },
        { "Width", width },
        { "Height", height },
        { "BitsPerComponent", bits },
        // No /Interpolate: PDF/A forbids it, and viewers smooth scaled pictures anyway.
    };
}

/// <summary>A decoded picture's colours and, where some pixel is not opaque, its alpha, each compressed by <see cref="PdfFile.Deflate"/>.</summary>
internal sealed record CompressedPicture(int Width, int Height, byte[] Rgb, byte[]? Alpha);
