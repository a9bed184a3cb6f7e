using System.Text;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
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

    public PdfPainter(IReadOnlyList<Page> pages)
    {
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
            foreach (var item in page.Items) Paint(canvas, item);
            document.EndPage();
        }
        document.Close();
    }

    private void Paint(SKCanvas canvas, PageItem item)
    {
        switch (item)
        {
            case GlyphRun run:
                DrawGlyphs(canvas, run);
                break;
            case RuleItem rule:
                using (var paint = new SKPaint { Color = Color(rule.Color), StrokeWidth = (float)rule.Thickness, IsAntialias = true })
                    canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, paint);
                break;
            case FillItem fill:
                using (var paint = new SKPaint { Color = Color(fill.Color), Style = SKPaintStyle.Fill })
                    canvas.DrawRect(Rect(fill.Area), paint);
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

    private void DrawGlyphs(SKCanvas canvas, GlyphRun run)
    {
        if (run.Glyphs.Length == 0) return;
        using var font = new SKFont(_typefaces[run.Face], (float)run.Size) { Subpixel = true, LinearMetrics = true };
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, utf8.Length);
        buffer.SetGlyphs(run.Glyphs);
        var positions = new SKPoint[run.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
            positions[i] = new SKPoint((float)run.X[i], (float)(run.Baseline + run.OffsetY[i]));
        buffer.SetPositions(positions);
        buffer.SetText(utf8);
        buffer.SetClusters(Utf8Clusters(run.Text, run.Clusters));
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = Color(run.Color), IsAntialias = true };
        if (blob is not null) canvas.DrawText(blob, 0, 0, paint);
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
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
    }
}
