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

    public void Paint(IReadOnlyList<Page> pages, Stream output, SKDocumentPdfMetadata metadata, PrintBoxes print)
    {
        using var document = SKDocument.CreatePdf(output, metadata);
        foreach (var page in pages)
        {
            if (print.IsTrimOnly)
            {
                PaintItems(document.BeginPage((float)page.Width, (float)page.Height), page, links: true, bleed: 0);
            }
            else
            {
                // The page is painted in the middle of a larger sheet; what runs past the bleed is cut off
                // there, so a full-bleed picture never covers the crop marks.
                var canvas = document.BeginPage((float)print.MediaWidth, (float)print.MediaHeight);
                var trim = print.Trim;
                canvas.Save();
                canvas.ClipRect(SKRect.Inflate(trim, (float)print.Bleed, (float)print.Bleed));
                canvas.Translate(trim.Left, trim.Top);
                PaintItems(canvas, page, links: true, print.Bleed);
                canvas.Restore();
                if (print.CropMarks) CropMarks.Draw(canvas, trim, print.Bleed);
            }
            document.EndPage();
        }
        document.Close();
    }

    /// <summary>
    /// Paints the pages again, two to a side of an A4 landscape sheet in saddle-stitch order, meeting at the
    /// fold, at their own size where they fit (an A5 booklet fills the sheet) and scaled down where they do not.
    /// Links and destinations are left out: the file is for printing.
    /// </summary>
    public void PaintImposed(IReadOnlyList<Page> pages, Stream output, SKDocumentPdfMetadata metadata)
    {
        // Whole points, as Skia writes a page's size anyway: 297 x 210 mm is 841.9 x 595.3 pt.
        const float sheetWidth = 842, sheetHeight = 595;
        using var document = SKDocument.CreatePdf(output, metadata);
        foreach (var side in SaddleStitch.Sides(pages.Count))
        {
            var canvas = document.BeginPage(sheetWidth, sheetHeight);
            if (side.Left is { } left) PaintHalf(canvas, pages[left - 1], sheetWidth, sheetHeight, leftHalf: true);
            if (side.Right is { } right) PaintHalf(canvas, pages[right - 1], sheetWidth, sheetHeight, leftHalf: false);
            document.EndPage();
        }
        document.Close();
    }

    private void PaintHalf(SKCanvas canvas, Page page, float sheetWidth, float sheetHeight, bool leftHalf)
    {
        var scale = (float)Math.Min(1, Math.Min(sheetWidth / 2 / page.Width, sheetHeight / page.Height));
        var width = (float)page.Width * scale;
        var height = (float)page.Height * scale;
        canvas.Save();
        canvas.Translate(leftHalf ? sheetWidth / 2 - width : sheetWidth / 2, (sheetHeight - height) / 2);
        canvas.Scale(scale);
        canvas.ClipRect(new SKRect(0, 0, (float)page.Width, (float)page.Height));
        PaintItems(canvas, page, links: false, bleed: 0);
        canvas.Restore();
    }

    /// <summary>Paints one page, without its links, on any canvas: a raster one makes a picture of the page.</summary>
    public void PaintPage(SKCanvas canvas, Page page) => PaintItems(canvas, page, links: false, bleed: 0);

    /// <summary>Paints a page's items in its own coordinates; <paramref name="bleed"/> is how far full-bleed items run on.</summary>
    private void PaintItems(SKCanvas canvas, Page page, bool links, double bleed)
    {
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
            else if (links || item is not (UriLinkItem or InternalLinkItem or DestinationItem)) Paint(canvas, item, page, bleed);
        }
        DrawGlyphs(canvas, glyphs);
    }

    private void Paint(SKCanvas canvas, PageItem item, Page page, double bleed)
    {
        switch (item)
        {
            case RuleItem rule:
                using (var paint = new SKPaint { Color = Color(rule.Color), StrokeWidth = (float)rule.Thickness, IsAntialias = true })
                    canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, paint);
                break;
            case FillItem fill:
                var area = fill.FullBleed && bleed > 0 ? FullBleed.Extend(fill.Area, page, bleed) : fill.Area;
                using (var paint = new SKPaint { Color = Color(fill.Color), Style = SKPaintStyle.Fill })
                    canvas.DrawRect(Rect(area), paint);
                break;
            case ImageItem image when image.FullBleed && bleed > 0:
                var extended = FullBleed.Extend(image.Area, page, bleed);
                canvas.Save();
                canvas.ClipRect(Rect(extended));
                _images.Draw(canvas, image.Source, Rect(extended.CoveredBy(image.Area.Width, image.Area.Height)));
                canvas.Restore();
                break;
            case ImageItem { FullBleed: true } image:
                // A cover covers the page and is cropped at its edge (in the imposed file too).
                canvas.Save();
                canvas.ClipRect(new SKRect(0, 0, (float)page.Width, (float)page.Height));
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
