using System.Text;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Typesetting.Images;
using SkiaSharp;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// Paints a laid-out page on a raster canvas: a picture of the page, not a PDF (the EPUB's cover image
/// when a book has no picture of its own). Text is drawn by glyph id from the faces layout used, so the
/// picture shows exactly the PDF's letters; links and destinations are not drawn.
/// </summary>
internal sealed class RasterPagePainter(ImageLibrary images) : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> _typefaces = [];

    public void Paint(SKCanvas canvas, Page page)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRun run: DrawGlyphs(canvas, run); break;
                case RuleItem rule:
                    using (var paint = new SKPaint { Color = Color(rule.Color), StrokeWidth = (float)rule.Thickness, IsAntialias = true })
                        canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, paint);
                    break;
                case FillItem fill:
                    using (var paint = new SKPaint { Color = Color(fill.Color), Style = SKPaintStyle.Fill })
                        canvas.DrawRect(Rect(fill.Area), paint);
                    break;
                case ImageItem image:
                    canvas.Save();
                    canvas.ClipRect(new SKRect(0, 0, (float)page.Width, (float)page.Height));
                    DrawImage(canvas, image);
                    canvas.Restore();
                    break;
            }
        }
    }

    private void DrawImage(SKCanvas canvas, ImageItem image)
    {
        var area = Rect(image.Area);
        if (images.Loaded(image.Source) is VectorImage vector)
        {
            vector.Draw(canvas, area);
            return;
        }
        using var bitmap = SKBitmap.Decode(image.Source) ?? throw new InvalidDataException($"'{image.Source}' cannot be decoded");
        using var picture = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(picture, area, new SKSamplingOptions(SKFilterMode.Linear));
    }

    private void DrawGlyphs(SKCanvas canvas, GlyphRun run)
    {
        if (run.Glyphs.Length == 0) return;
        using var font = new SKFont(Typeface(run.Face), (float)run.Size) { Subpixel = true, LinearMetrics = true };
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
        buffer.SetGlyphs(run.Glyphs);
        var positions = buffer.Positions;
        for (var i = 0; i < run.Glyphs.Length; i++) positions[i] = new SKPoint((float)run.X[i], (float)(run.Baseline + run.OffsetY[i]));
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = Color(run.Color), IsAntialias = true };
        if (blob is not null) canvas.DrawText(blob, 0, 0, paint);
    }

    private SKTypeface Typeface(FontFace face)
    {
        if (_typefaces.TryGetValue(face, out var typeface)) return typeface;
        using var data = SKData.CreateCopy(face.Bytes);
        typeface = SKTypeface.FromData(data, face.Index) ?? throw new InvalidOperationException($"Skia could not load {face}");
        _typefaces[face] = typeface;
        return typeface;
    }

    private static SKColor Color(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);

    private static SKRect Rect(Layout.Pages.Rect r) => new((float)r.X, (float)r.Y, (float)r.Right, (float)r.Bottom);

    public void Dispose()
    {
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
    }
}
