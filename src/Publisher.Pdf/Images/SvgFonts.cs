using Publisher.Core.Templates;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Publisher.Pdf.Images;

/// <summary>
/// The faces text inside an SVG is drawn with: the template's own font files, never the
/// machine's, so that a diagram comes out the same on every machine (Skia's lookup by family
/// name picks wrong faces on Linux anyway). A monospace family (monospace, Courier, Consolas,
/// any name with "mono") gets the template's code font; every other family the body font.
/// Weight and slant pick the bold and italic faces.
/// </summary>
internal sealed class SvgFonts(Template template) : ITypefaceProvider, IDisposable
{
    private readonly Dictionary<string, SKTypeface> _loaded = new(StringComparer.Ordinal);

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth,
        SKFontStyleSlant fontStyle)
    {
        var name = fontFamily.ToLowerInvariant();
        var monospace = name.Contains("mono") || name.Contains("courier") || name.Contains("consol");
        var family = template.Fonts[monospace ? template.Code.Block.Text.Font : template.Body.Text.Font];
        var file = family.FileFor(fontWeight >= SKFontStyleWeight.SemiBold, fontStyle != SKFontStyleSlant.Upright);
        if (!_loaded.TryGetValue(file, out var typeface))
        {
            typeface = SKTypeface.FromFile(file) ?? throw new InvalidDataException($"Skia cannot load the font '{file}'");
            _loaded[file] = typeface;
        }
        return typeface;
    }

    public void Dispose()
    {
        foreach (var typeface in _loaded.Values) typeface.Dispose();
    }
}
