using SkiaSharp;

namespace Publisher.Pdf.Tests;

/// <summary>Small images made for the tests: two colours side by side, so that a decoded copy can be checked.</summary>
internal static class TestImages
{
    public static readonly SKColor Left = new(0xE0, 0x40, 0x20);
    public static readonly SKColor Right = new(0x20, 0x60, 0xC0);
    /// <summary>The colour the test SVG fills its rectangle with.</summary>
    public const string SvgFill = "#3366cc";

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png, 100);

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg, 85);

    /// <summary>An SVG of the given size in CSS pixels: a filled rectangle and a circle, no text.</summary>
    public static byte[] Svg(int width, int height) => System.Text.Encoding.UTF8.GetBytes(
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">
          <rect x="0" y="0" width="{width}" height="{height}" fill="{SvgFill}"/>
          <circle cx="{width / 2}" cy="{height / 2}" r="{Math.Min(width, height) / 3}" fill="#ffcc00"/>
        </svg>
        """);

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format, int quality)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var left = new SKPaint { Color = Left };
            using var right = new SKPaint { Color = Right };
            canvas.DrawRect(0, 0, width / 2f, height, left);
            canvas.DrawRect(width / 2f, 0, width - width / 2f, height, right);
        }
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A one-chapter book whose chapter is <paramref name="markdown"/>, with the given image files beside it.</summary>
    public static string Book(string markdown, params (string Name, byte[] Data)[] images)
    {
        var root = TestBooks.Write("title: Images\nlanguage: en\n", ("01-images.md", markdown));
        foreach (var (name, data) in images)
        {
            var path = Path.Combine(root, "content", "sample", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, data);
        }
        return root;
    }
}
