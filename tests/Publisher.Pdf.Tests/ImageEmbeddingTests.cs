using Publisher.Pdf.Writer.Images;
using SkiaSharp;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Pictures go into the PDF without being decoded and compressed again wherever PDF can read the file's own
/// data: a JPEG's bytes, a PNG's compressed image data. What PDF cannot take directly (an alpha channel) is
/// decoded, and the alpha becomes a soft mask.
/// </summary>
public sealed class ImageEmbeddingTests
{
    [Fact]
    public void A_JPEG_is_embedded_as_its_own_bytes()
    {
        var jpeg = TestImages.Jpeg(120, 80);
        var pdf = Build(("photo.jpg", jpeg));
        Assert.True(pdf.AsSpan().IndexOf(jpeg) >= 0, "the JPEG file's bytes are not in the PDF");
        var image = Assert.Single(Images(pdf));
        Assert.Equal(("120", "80", "rgb", "jpeg"), (image[3], image[4], image[5], image[8]));
    }

    [Fact]
    public void An_opaque_PNG_keeps_its_compressed_data_and_is_read_back_with_its_colours()
    {
        var png = Encode(SKAlphaType.Opaque, 255);
        var chunks = PngChunks.Read(png);
        Assert.Equal(2, chunks.ColorType);
        var pdf = Build(("plan.png", png));
        Assert.True(pdf.AsSpan().IndexOf(chunks.Data) >= 0, "the PNG's image data is not in the PDF as it was");
        var image = Assert.Single(Images(pdf));
        Assert.Equal(("image", "rgb", "image"), (image[2], image[5], image[8]));
        // PDF's PNG predictors undo the filters: the picture shows its two colours.
        var page = PrintTemplates.Render(pdf, FirstChapterPage(pdf));
        Assert.InRange(page.Darkest(0, 0, page.Width - 1, page.Height - 1), 0, 120);
    }

    [Fact]
    public void A_PNG_with_transparency_gets_a_soft_mask()
    {
        var pdf = Build(("glass.png", Encode(SKAlphaType.Unpremul, 128)));
        var images = Images(pdf);
        Assert.Equal(["image", "smask"], images.Select(i => i[2]));
    }

    private static byte[] Build(params (string Name, byte[] Data)[] images)
    {
        var markdown = "# Pictures\n\n" + string.Concat(images.Select(i => $"![A picture]({i.Name})\n\n"));
        return TestBooks.Build(TestImages.Book(markdown, images), "sample").Pdf;
    }

    private static int FirstChapterPage(byte[] pdf)
    {
        using var document = TestBooks.Open(pdf);
        return document.FirstChapterPage();
    }

    /// <summary>pdfimages -list, one row of columns per image (page num type width height color comp bpc enc …).</summary>
    private static List<string[]> Images(byte[] pdf) =>
        Poppler.Run("pdfimages", pdf, "-list").Split('\n').Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length > 9).ToList();

    /// <summary>A 64 × 48 PNG in two colours; with <paramref name="alpha"/> below 255 every pixel is see-through.</summary>
    private static byte[] Encode(SKAlphaType alphaType, byte alpha)
    {
        var info = new SKImageInfo(64, 48, alphaType == SKAlphaType.Opaque ? SKColorType.Rgb888x : SKColorType.Rgba8888, alphaType);
        using var bitmap = new SKBitmap(info);
        bitmap.Erase(TestImages.Left.WithAlpha(alpha));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
