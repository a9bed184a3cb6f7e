using System.Text;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Pdf.Images;
using SkiaSharp;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// Paints finished pages into a PDF with Skia. Fonts are subset first (Skia would embed
/// them whole); each glyph run carries its text and clusters, so copying and searching
/// the PDF give back the source characters, not ligature glyphs.
/// </summary>
internal sealed class PdfPainter : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> _typefaces = [];
    private readonly Dictionary<(FontFace, double), SKFont> _fonts = [];
    private readonly ImageLibrary _images;
    private SKRect _pageBounds;

    public PdfPainter(IReadOnlyList<Page> pages, ImageLibrary images)
    {
        _images = images;
        var used = new Dictionary<FontFace, HashSet<ushort>>();
        foreach (var run in pages.SelectMany(p => p.Items).OfType<GlyphRun>())
        {
            if (!used.TryGetValue(run.Face, out var glyphs)) used[run.Face] = glyphs = [];
            glyphs.UnionWith(run.Glyphs);
        }
        // Sorted so that fonts are embedded in the same order on every build.
        foreach (var (face, glyphs) in used.OrderBy(u => u.Key.Path, StringComparer.Ordinal))
        {
            var subset = FontSubsetter.SubsetGlyphs(face.Bytes, glyphs);
            using var data = SKData.CreateCopy(subset);
            _typefaces[face] = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia could not load the subset of {face}");
        }
    }

    public void Paint(IReadOnlyList<Page> pages, Stream output, SKDocumentPdfMetadata metadata)
    {
        using var document = SKDocument.CreatePdf(output, metadata);
        foreach (var page in pages)
        {
            var canvas = document.BeginPage((float)page.Width, (float)page.Height);
            _pageBounds = new SKRect(0, 0, (float)page.Width, (float)page.Height);
            var glyphs = new List<GlyphRun>();
            foreach (var item in page.Items)
            {
                // Consecutive runs of one colour go into one text blob: far fewer draw calls.
                if (item is GlyphRun run && (glyphs.Count == 0 || glyphs[0].Color == run.Color))
                {
                    glyphs.Add(run);
                    continue;
                }
                DrawGlyphs(canvas, glyphs);
                if (item is GlyphRun next) glyphs.Add(next);
                else Paint(canvas, item);
            }
            DrawGlyphs(canvas, glyphs);
            document.EndPage();
        }
        document.Close();
    }

    private void Paint(SKCanvas canvas, PageItem item)
    {
        switch (item)
        {
            case RuleItem rule:
                using (var paint = new SKPaint { Color = Color(rule.Color), StrokeWidth = (float)rule.Thickness, IsAntialias = true })
                    canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, paint);
                break;
            case FillItem fill:
                using (var paint = new SKPaint { Color = Color(fill.Color), Style = SKPaintStyle.Fill })
                    canvas.DrawRect(Rect(fill.Area), paint);
                break;
            case ImageItem { FullBleed: true } image:
                // A cover covers the page and is cropped at its edge.
                canvas.Save();
                canvas.ClipRect(_pageBounds);
                _images.Draw(canvas, image.Source, Rect(image.Area));
                canvas.Restore();
                break;
            case ImageItem image:
                _images.Draw(canvas, image.Source, Rect(image.Area));
                break;
            case UriLinkItem link:
                canvas.DrawUrlAnnotation(Rect(link.Area), link.Uri);
                break;
            case InternalLinkItem link:
                canvas.DrawLinkDestinationAnnotation(Rect(link.Area), link.Destination);
                break;
            case DestinationItem destination:
                canvas.DrawNamedDestinationAnnotation(new SKPoint((float)destination.X, (float)destination.Y), destination.Name);
                break;
        }
    }

    private void DrawGlyphs(SKCanvas canvas, List<GlyphRun> runs)
    {
        if (runs.Count == 0) return;
        using var builder = new SKTextBlobBuilder();
        foreach (var run in runs.Where(r => r.Glyphs.Length > 0))
        {
            var utf8 = Encoding.UTF8.GetBytes(run.Text);
            var buffer = builder.AllocatePositionedTextRun(Font(run), run.Glyphs.Length, utf8.Length);
            buffer.SetGlyphs(run.Glyphs);
            var positions = buffer.Positions;
            for (var i = 0; i < run.Glyphs.Length; i++)
                positions[i] = new SKPoint((float)run.X[i], (float)(run.Baseline + run.OffsetY[i]));
            buffer.SetText(utf8);
            buffer.SetClusters(Utf8Clusters(run.Text, run.Clusters));
        }
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = Color(runs[0].Color), IsAntialias = true };
        if (blob is not null) canvas.DrawText(blob, 0, 0, paint);
        runs.Clear();
    }

    private SKFont Font(GlyphRun run)
    {
        if (!_fonts.TryGetValue((run.Face, run.Size), out var font))
        {
            font = new SKFont(_typefaces[run.Face], (float)run.Size) { Subpixel = true, LinearMetrics = true };
            _fonts[(run.Face, run.Size)] = font;
        }
        return font;
    }

    /// <summary>Skia wants clusters as byte offsets into the UTF-8 text; layout keeps UTF-16 indices.</summary>
    private static uint[] Utf8Clusters(string text, int[] clusters)
    {
        var offsets = new uint[text.Length + 1];
        uint bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                offsets[i + 1] = bytes;
                bytes += 4;
                i++;
                continue;
            }
            bytes += text[i] < 0x80 ? 1u : text[i] < 0x800 ? 2u : 3u;
        }
        offsets[text.Length] = bytes;
        return clusters.Select(c => offsets[Math.Clamp(c, 0, text.Length)]).ToArray();
    }

    private static SKColor Color(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);

    private static SKRect Rect(Rect r) => new((float)r.X, (float)r.Y, (float)r.Right, (float)r.Bottom);

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
    }
}
