using Publisher.Layout.Pages;
using Publisher.Typesetting.Images;
using SkiaSharp;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// A laid-out page painted as a PNG picture, for the EPUB's cover image when the book has no
/// picture of its own: the PDF's typographic cover, from the same laid-out page, so fonts, colours and
/// positions are the PDF's. The same page gives the same bytes: no date or colour profile is
/// written, and the encoder's settings are fixed.
/// </summary>
internal static class CoverPicture
{
    /// <summary>Stores ask for covers at least 1400 pixels wide (Apple) and suggest 1600 (Amazon).</summary>
    public const int Width = 1600;

    /// <param name="encoded">Pictures encoded in earlier builds (<c>publisher watch</c>): the same pixels are not encoded again.</param>
    public static byte[] Paint(Page page, ImageLibrary images, Writer.DeflateMemory? encoded = null)
    {
        var scale = Width / page.Width;
        var info = new SKImageInfo(Width, (int)Math.Round(page.Height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var memory = new PixelMemory(info.BytesSize64);
        using var bitmap = new SKBitmap();
        if (!bitmap.InstallPixels(info, memory.Pointer, info.RowBytes))
            throw new InvalidOperationException("Skia could not take the cover's pixels");
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale((float)scale);
            using var painter = new RasterPagePainter(images);
            painter.Paint(canvas, page);
        }
        using var pixels = bitmap.PeekPixels();
        return encoded?.Encoded(pixels.GetPixelSpan(), () => Encode(pixels)) ?? Encode(pixels);
    }

    private static byte[] Encode(SKPixmap pixels)
    {
        // Each row against the one above: a cover is mostly white rows, which become zeros. Trying every
        // filter on every row at zlib's best level takes four times the CPU (170 ms against 40) for 6% fewer bytes.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 6))
            ?? throw new InvalidOperationException("Skia could not encode the cover as PNG");
        return png.ToArray();
    }
}
