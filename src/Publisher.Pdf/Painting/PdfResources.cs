using Publisher.Core.Diagnostics;
using System.Globalization;
using Publisher.Layout.Fonts;
using Publisher.Typesetting.Images;
using Publisher.Pdf.Writer;
using Publisher.Pdf.Writer.Fonts;
using Publisher.Pdf.Painting.Svg;
using Publisher.Pdf.Writer.Images;
using Publisher.Pdf.Standards;

namespace Publisher.Pdf.Painting;

/// <summary>
/// The fonts and images of one PDF file, named once (/F1, /Im1…) and shared by every page through one
/// resource dictionary. An image is written when a page first shows it, and once however often it is
/// shown; fonts are written at the end, when every glyph they must hold is known.
/// </summary>
internal sealed class PdfResources(PdfFile file, ImageLibrary images, PdfStandard? standard = null)
{
    private PdfDict? _colorSpaces;
    private bool _colorSpacesMade;

    private readonly Dictionary<FontFace, EmbeddedFont> _fonts = [];
    private readonly Dictionary<string, (string Name, PdfRef Reference)> _images = new(StringComparer.Ordinal);

    /// <summary>The resource dictionary every page and form of the file points at; written by <see cref="Finish"/>.</summary>
    public PdfRef Reference { get; } = file.Allocate();

    /// <summary>The font dictionary, shared by the resource dictionary and SVG forms (whose labels are text).</summary>
    public PdfRef FontsReference { get; } = file.Allocate();

    public PdfFile File => file;

    /// <summary>The standards the file keeps (PDF/A, PDF/X), which decide what text and images may hold.</summary>
    public PdfStandard Standard { get; } = standard ?? PdfStandard.Plain;

    /// <summary>The /ColorSpace resources every resource dictionary of the file carries (DefaultRGB under a CMYK intent), or null.</summary>
    public PdfDict? ColorSpaces
    {
        get
        {
            if (!_colorSpacesMade) (_colorSpaces, _colorSpacesMade) = (Standard.DefaultColorSpaces(file), true);
            return _colorSpaces;
        }
    }

    public EmbeddedFont Font(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            font = new EmbeddedFont(face, "F" + (_fonts.Count + 1).ToString(CultureInfo.InvariantCulture), file.Allocate());
            _fonts[face] = font;
        }
        return font;
    }

    /// <summary>The name of the image XObject that shows the file at <paramref name="path"/>.</summary>
    public string Image(string path)
    {
        if (_images.TryGetValue(path, out var known)) return known.Name;
        var loaded = images.Loaded(path);
        if (!Standard.AllowsDeviceCmyk && loaded is not VectorImage && ImageXObjects.IsCmykJpeg(path))
            throw BuildFailedException.At(images.ShownAt(path) ?? SourceLocation.File(path), DiagnosticCodes.ImageColorsNotAllowed,
                $"image '{Path.GetFileName(path)}' is a CMYK JPEG, which an archival PDF with sRGB colours cannot hold: " +
                "save it as RGB, or give the template a CMYK 'pdf.print-profile'");
        PdfRef reference;
        try
        {
            reference = loaded is VectorImage vector ? SvgForms.Write(this, vector) : ImageXObjects.Write(file, path);
        }
        catch (InvalidDataException e)
        {
            // Layout read only the header; the pixel data is read here, first. Reported where the picture is first shown.
            var location = images.ShownAt(path) ?? SourceLocation.File(path);
            throw BuildFailedException.At(location, DiagnosticCodes.ImageUnreadable,
                $"image '{Path.GetFileName(path)}' cannot be decoded: {e.Message}");
        }
        var name = "Im" + (_images.Count + 1).ToString(CultureInfo.InvariantCulture);
        _images[path] = (name, reference);
        return name;
    }

    /// <summary>Writes the fonts, now that every page is written, and the shared resource dictionary.</summary>
    public void Finish()
    {
        var fonts = new PdfDict();
        foreach (var font in _fonts.Values)
        {
            font.Write(file, Standard.StrictGlyphs);
            fonts.Add(font.ResourceName, font.Reference);
        }
        var xObjects = new PdfDict();
        foreach (var (name, reference) in _images.Values) xObjects.Add(name, reference);
        file.Write(FontsReference, fonts);
        var resources = new PdfDict { { "Font", FontsReference } };
        if (xObjects.Count > 0) resources.Add("XObject", xObjects);
        if (ColorSpaces is { } spaces) resources.Add("ColorSpace", spaces);
        file.Write(Reference, resources);
    }
}
