using Publisher.Core.Images;
using SkiaSharp;
using Svg;
using Svg.Skia;

namespace Publisher.Typesetting.Images;

/// <summary>
/// An SVG file, turned by Svg.Skia into a Skia picture that is played back into the PDF:
/// its shapes stay vector paths (sharp at any zoom or printer resolution), not pixels.
/// Its natural size is its width and height (or viewBox) in CSS pixels. Only what the file
/// itself holds is drawn: images or elements it points at elsewhere (another file, a URL) are
/// left out, so that an SVG cannot reach outside the book or make the build go to the network;
/// it is read as <see cref="SvgSanitizer"/> leaves it, with no DTD and no entity expanded.
/// </summary>
public sealed class VectorImage : LoadedImage
{
    private readonly SKSvg _svg;
    private readonly SKPicture _picture;
    private readonly SvgTextFonts _fonts;

    private VectorImage(SKSvg svg, SKPicture picture, SvgTextFonts fonts)
    {
        _svg = svg;
        _picture = picture;
        _fonts = fonts;
    }

    public static VectorImage Load(string path, Publisher.Core.Templates.Template template)
    {
        var svg = new SKSvg();
        var fonts = new SvgTextFonts(template, path);
        svg.Settings.TypefaceProviders = [fonts];
        try
        {
            // What Core's sanitizer leaves (no DTD, entity, script or outside reference), as the EPUB carries it.
            using var clean = new MemoryStream(SvgSanitizer.Sanitize(path).Data);
            var document = SvgDocument.Open<SvgDocument>(clean);
            document.LoadOptions = new SvgDocumentLoadOptions { ExternalResources = SvgExternalResourcePolicy.SameDocumentAndDataOnly };
            var picture = svg.FromSvgDocument(document) ?? throw new InvalidDataException("not a readable SVG file");
            var bounds = picture.CullRect;
            if (bounds.Width <= 0 || bounds.Height <= 0 || !float.IsFinite(bounds.Width) || !float.IsFinite(bounds.Height))
                throw new InvalidDataException("the SVG has no size: give its root element width and height, or a viewBox");
            return new VectorImage(svg, picture, fonts);
        }
        catch
        {
            svg.Dispose();
            fonts.Dispose();
            throw;
        }
    }

    /// <summary>The drawing as Svg.Skia records it, command by command, for a writer that plays it itself.</summary>
    public ShimSkiaSharp.SKPicture Picture => _svg.Model ?? throw new InvalidOperationException("the SVG has no drawing");

    /// <summary>Turns the recorded drawing's paths and fonts into Skia's, with the fonts this image was loaded with.</summary>
    public SkiaModel Model => _svg.SkiaModel;

    /// <summary>The face text in the drawing is set in: the template's, for the family, weight and slant the SVG names.</summary>
    public Publisher.Layout.Fonts.FontFace TextFace(ShimSkiaSharp.SKTypeface? typeface) => _fonts.Face(
        typeface?.FamilyName ?? "serif",
        typeface is { FontWeight: >= ShimSkiaSharp.SKFontStyleWeight.SemiBold },
        typeface is { FontSlant: not ShimSkiaSharp.SKFontStyleSlant.Upright });

    /// <summary>Draws the drawing into <paramref name="area"/> of a raster canvas (a picture of a page).</summary>
    public void Draw(SKCanvas canvas, SKRect area)
    {
        var bounds = _picture.CullRect;
        canvas.Save();
        canvas.ClipRect(area);
        canvas.Translate(area.Left, area.Top);
        canvas.Scale(area.Width / bounds.Width, area.Height / bounds.Height);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(_picture);
        canvas.Restore();
    }

    public override double Width => _picture.CullRect.Width * PointsPerPixel;
    public override double Height => _picture.CullRect.Height * PointsPerPixel;

    public override void Dispose()
    {
        _svg.Dispose();
        _fonts.Dispose();
    }
}
