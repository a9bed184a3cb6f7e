using System.Globalization;
using Publisher.Pdf.Writer;
using Publisher.Pdf.Writer.Images;
using Publisher.Layout.Pages;
using Publisher.Layout.Shaping;
using Publisher.Typesetting.Images;
using Svg.Skia;
using SkiaSharp;
using Shim = ShimSkiaSharp;

namespace Publisher.Pdf.Painting.Svg;

/// <summary>
/// Plays an SVG drawing, as Svg.Skia records it (a list of canvas commands), into a PDF content stream:
/// paths stay paths, text stays text (set in the template's faces), colours and opacity, strokes and
/// dashes, clips, transforms and gradients are PDF's own. Effects PDF has no operator for (filters, blend
/// modes) are left out, drawing what they apply to unchanged. A shape whose numbers PDF cannot hold (an
/// infinite or absurdly large coordinate, scale or width, as a hostile or broken file gives) is left out
/// too, as a browser draws nothing for it.
/// </summary>
internal sealed class SvgPainter
{
    private readonly PdfFile _file;
    private readonly SkiaModel _model;
    private readonly VectorImage _image;
    private readonly PdfContent _content = new();
    private readonly TextPainter _text;
    private readonly PdfDict _graphicsStates = new();
    private readonly PdfDict _patterns = new();
    private readonly PdfDict _images = new();
    private readonly Dictionary<double, string> _alphas = [];
    // The matrix in force and those saved with it; Skia sets whole matrices, PDF only concatenates.
    // Lost: the drawing asked for a matrix PDF cannot hold, so nothing is drawn until it sets another or restores.
    private Shim.SKMatrix _matrix = Matrices.Identity;
    private bool _lost;
    private readonly Stack<(Shim.SKMatrix Matrix, bool Lost)> _saved = new();

    public SvgPainter(PdfResources resources, VectorImage image)
    {
        _file = resources.File;
        _colorSpaces = resources.ColorSpaces;
        _model = image.Model;
        _image = image;
        _text = new TextPainter(resources, _content);
    }

    private readonly PdfDict? _colorSpaces;

    public PdfContent Content => _content;

    public PdfDict Resources(PdfRef fonts)
    {
        var resources = new PdfDict { { "Font", fonts } };
        if (_graphicsStates.Count > 0) resources.Add("ExtGState", _graphicsStates);
        if (_patterns.Count > 0) resources.Add("Pattern", _patterns);
        if (_images.Count > 0) resources.Add("XObject", _images);
        // Default colour spaces are looked up in the resources of the form being drawn, not the page's.
        if (_colorSpaces is not null) resources.Add("ColorSpace", _colorSpaces);
        return resources;
    }

    public void Play(Shim.SKPicture picture)
    {
        foreach (var command in picture.Commands ?? []) Play(command);
    }

    private void Play(Shim.CanvasCommand command)
    {
        switch (command)
        {
            case Shim.SaveCanvasCommand or Shim.SaveLayerCanvasCommand:
                _content.Save();
                _saved.Push((_matrix, _lost));
                if (command is Shim.SaveLayerCanvasCommand { Paint: { } layer } && Alpha(layer) < 1) SetAlpha(Alpha(layer), fill: true, stroke: true);
                break;
            case Shim.RestoreCanvasCommand:
                if (_saved.Count == 0) break;
                _content.Restore();
                (_matrix, _lost) = _saved.Pop();
                break;
            case Shim.SetMatrixCanvasCommand set:
                var step = Matrices.Multiply(set.TotalMatrix, Matrices.Invert(_matrix));
                _lost = !Drawable.Matrix(set.TotalMatrix) || !Drawable.Matrix(step);
                if (_lost) break;
                Matrices.Apply(_content, step);
                _matrix = set.TotalMatrix;
                break;
            case not (Shim.SaveCanvasCommand or Shim.SaveLayerCanvasCommand or Shim.RestoreCanvasCommand) when _lost:
                break;
            case Shim.ClipRectCanvasCommand clip when !Drawable.Rect(clip.Rect):
                break;
            case Shim.ClipRectCanvasCommand clip when clip.Operation == Shim.SKClipOperation.Intersect:
                _content.Rectangle(clip.Rect.Left, clip.Rect.Top, clip.Rect.Width, clip.Rect.Height);
                _content.Clip();
                break;
            case Shim.ClipPathCanvasCommand clip when clip.Operation == Shim.SKClipOperation.Intersect:
                using (var path = _model.ToSKPath(clip.ClipPath))
                {
                    if (path is null || !Drawable.Path(path)) break;
                    PathOutline.Write(_content, path);
                    _content.Clip(path.FillType is SKPathFillType.EvenOdd);
                }
                break;
            case Shim.DrawPathCanvasCommand draw when draw.Path is { } shimPath && draw.Paint is { } paint:
                using (var path = _model.ToSKPath(shimPath)) if (path is not null && Drawable.Path(path) && Drawable.Stroke(paint)) Draw(path, paint);
                break;
            case Shim.DrawTextCanvasCommand text when text.Paint is { } paint && Drawable.Text(text, paint):
                DrawText(text.Text, text.X, text.Y, paint, text.Font);
                break;
            case Shim.DrawImageCanvasCommand image when image.Image?.Data is { Length: > 0 } data && Drawable.Rect(image.Dest):
                DrawImage(data, image.Dest);
                break;
            case Shim.DrawPictureCanvasCommand nested when nested.Picture is { } picture:
                Play(picture);
                break;
        }
    }

    private void Draw(SKPath path, Shim.SKPaint paint)
    {
        var fill = paint.Style is Shim.SKPaintStyle.Fill or Shim.SKPaintStyle.StrokeAndFill;
        _content.Save();
        if (!SetPaint(paint, fill))
        {
            _content.Restore();
            return;
        }
        if (!fill) SetStroke(paint);
        PathOutline.Write(_content, path);
        if (fill) _content.Fill(path.FillType is SKPathFillType.EvenOdd);
        else _content.Stroke();
        _content.Restore();
        if (paint.Style == Shim.SKPaintStyle.StrokeAndFill) Draw(path, WithStyle(paint, Shim.SKPaintStyle.Stroke));
    }

    private static Shim.SKPaint WithStyle(Shim.SKPaint paint, Shim.SKPaintStyle style)
    {
        var copy = paint.Clone();
        copy.Style = style;
        return copy;
    }

    /// <summary>Sets the colour (or gradient) and opacity; false when the paint shows nothing.</summary>
    private bool SetPaint(Shim.SKPaint paint, bool fill)
    {
        if (paint.Shader is { } shader and not Shim.ColorShader && Gradients.Pattern(shader, _matrix) is { } pattern)
        {
            var name = "P" + (_patterns.Count + 1).ToString(CultureInfo.InvariantCulture);
            _patterns.Add(name, _file.Add(pattern));
            // A pattern's space is the form's own, so the gradient's matrix above includes the current one.
            _content.SetPattern(name, fill);
            return true;
        }
        var color = paint.Shader is Shim.ColorShader solid ? solid.Color : paint.Color ?? new Shim.SKColor(0, 0, 0, 255);
        if (color.Alpha == 0) return false;
        var rgb = (uint)(color.Red << 16 | color.Green << 8 | color.Blue);
        if (fill) _content.FillColor(rgb);
        else _content.StrokeColor(rgb);
        if (color.Alpha < 255) SetAlpha(color.Alpha / 255.0, fill, !fill);
        return true;
    }

    private void SetStroke(Shim.SKPaint paint)
    {
        _content.LineWidth(paint.StrokeWidth);
        _content.LineCap((int)paint.StrokeCap);
        _content.LineJoin((int)paint.StrokeJoin);
        if (paint.StrokeJoin == Shim.SKStrokeJoin.Miter) _content.MiterLimit(paint.StrokeMiter);
        if (paint.PathEffect is Shim.DashPathEffect { Intervals: { Length: > 0 } intervals } dash)
            _content.Dash(intervals.Select(i => (double)i).ToArray(), dash.Phase);
    }

    private void SetAlpha(double alpha, bool fill, bool stroke)
    {
        var key = Math.Round(alpha, 3) + (fill ? 10 : 0) + (stroke ? 20 : 0);
        if (!_alphas.TryGetValue(key, out var name))
        {
            name = "GS" + (_alphas.Count + 1).ToString(CultureInfo.InvariantCulture);
            var state = new PdfDict("ExtGState");
            if (fill) state.Add("ca", Math.Round(alpha, 3));
            if (stroke) state.Add("CA", Math.Round(alpha, 3));
            _graphicsStates.Add(name, state);
            _alphas[key] = name;
        }
        _content.SetGraphicsState(name);
    }

    private static double Alpha(Shim.SKPaint paint) => (paint.Color?.Alpha ?? 255) / 255.0;

    /// <summary>
    /// Text is set as text, shaped in the template's face for the family the SVG names, so that labels in a
    /// drawing are searched and read aloud like the rest of the page. Gradients and strokes on text are not
    /// carried over: it is filled in its colour.
    /// </summary>
    private void DrawText(string text, float x, float y, Shim.SKPaint paint, Shim.SKFont? font)
    {
        if (string.IsNullOrEmpty(text)) return;
        var face = _image.TextFace(font?.Typeface ?? paint.Typeface);
        var size = font?.Size ?? paint.TextSize;
        var shaped = Shaper.Shape(face, size, text);
        var width = shaped.Advances.Sum();
        x -= paint.TextAlign switch { Shim.SKTextAlign.Center => (float)width / 2, Shim.SKTextAlign.Right => (float)width, _ => 0 };
        var xs = new double[shaped.Count];
        var pen = (double)x;
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = pen + shaped.OffsetsX[i];
            pen += shaped.Advances[i];
        }
        var color = paint.Shader is Shim.ColorShader solid ? solid.Color : paint.Color ?? new Shim.SKColor(0, 0, 0, 255);
        if (color.Alpha == 0) return;
        var rgb = (uint)(color.Red << 16 | color.Green << 8 | color.Blue);
        _content.Save();
        if (color.Alpha < 255) SetAlpha(color.Alpha / 255.0, fill: true, stroke: false);
        _text.Paint(new GlyphRun(face, size, rgb, y, shaped.Glyphs, xs, shaped.OffsetsY, text, shaped.Clusters) { Right = pen });
        _text.Close();
        _content.Restore();
    }

    /// <summary>Shapes the drawings' labels; a label carries no language, so none is assumed.</summary>
    private static readonly TextShaper Shaper = new("und");

    private void DrawImage(byte[] data, Shim.SKRect area)
    {
        var name = "Im" + (_images.Count + 1).ToString(CultureInfo.InvariantCulture);
        _images.Add(name, ImageXObjects.WriteEncoded(_file, data));
        _content.Save();
        // An image fills the unit square from its bottom-left; SVG's y runs downwards.
        _content.Transform(area.Width, 0, 0, -area.Height, area.Left, area.Bottom);
        _content.DrawXObject(name);
        _content.Restore();
    }
}
