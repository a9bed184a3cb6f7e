using System.Xml.Linq;
using Publisher.Core.Templates;
using Publisher.Layout.Fonts;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Publisher.Typesetting.Images;

/// <summary>
/// Fonts for the text inside SVG drawings. Svg.Skia would ask the system for "sans-serif"
/// by name, which on Linux finds nothing or the wrong face, so labels would vanish or
/// depend on the machine. Every family is answered from the template instead: monospace
/// names get the code face, all others the body family, in the asked weight and slant.
/// Each face is cut down to the characters of that drawing's text before Skia embeds it.
/// </summary>
internal sealed class SvgTextFonts(Template template, string svgPath) : ITypefaceProvider, IDisposable
{
    private readonly Dictionary<string, SKTypeface> _typefaces = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<int>> _characters = new(() => Characters(svgPath));

    /// <summary>The template's face for a family the SVG names, in the weight and slant it asks for.</summary>
    public FontFace Face(string fontFamily, bool bold, bool italic) => FontLibrary.Shared.Load(File(fontFamily, bold, italic));

    private string File(string fontFamily, bool bold, bool italic)
    {
        var mono = fontFamily.Contains("mono", StringComparison.OrdinalIgnoreCase)
                   || fontFamily.Contains("courier", StringComparison.OrdinalIgnoreCase);
        var family = mono ? template.Code.Block.Text.Font : template.Body.Text.Font;
        return template.Fonts[family].FileFor(bold, italic);
    }

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight weight, SKFontStyleWidth width, SKFontStyleSlant slant)
    {
        var file = File(fontFamily, weight >= SKFontStyleWeight.SemiBold, slant != SKFontStyleSlant.Upright);
        if (_typefaces.TryGetValue(file, out var typeface)) return typeface;
        var subset = FontSubsetter.SubsetCharacters(FontLibrary.Shared.Load(file).Bytes, _characters.Value);
        using var data = SKData.CreateCopy(subset);
        typeface = SKTypeface.FromData(data);
        _typefaces[file] = typeface;
        return typeface;
    }

    /// <summary>The characters of every text node in the drawing, plus ASCII for safety.</summary>
    private static HashSet<int> Characters(string path)
    {
        var set = new HashSet<int>(Enumerable.Range(0x20, 0x5F));
        var document = XDocument.Load(path);
        foreach (var text in document.DescendantNodes().OfType<XText>())
            foreach (var rune in text.Value.EnumerateRunes()) set.Add(rune.Value);
        return set;
    }

    public void Dispose()
    {
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
    }
}
