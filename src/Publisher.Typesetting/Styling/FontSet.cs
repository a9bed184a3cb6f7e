using Publisher.Core.Templates;
using Publisher.Layout.Fonts;
using Publisher.Layout.Text;

namespace Publisher.Typesetting.Styling;

/// <summary>
/// The template's font families as loaded faces, and the text styles made from the
/// template's style specs (a family, bold and italic flags, size, colour).
/// </summary>
public sealed class FontSet(Template template, FontLibrary library)
{
    public FontFace Face(string family, bool bold, bool italic) =>
        library.Load(template.Fonts[family].FileFor(bold, italic));

    /// <summary>The family formulas are set in: the template's <c>fonts.math</c>, which must have an OpenType MATH table.</summary>
    public const string MathFamily = "math";

    private Layout.Mathematics.MathFont? _math;

    /// <summary>The template's math font (<c>fonts.math</c>), loaded on first use; null when the template names none.</summary>
    public Layout.Mathematics.MathFont? Math
    {
        get
        {
            if (_math is not null || !template.Fonts.ContainsKey(MathFamily)) return _math;
            lock (this) return _math ??= new Layout.Mathematics.MathFont(Face(MathFamily, false, false));
        }
    }

    public TextStyle Style(TextStyleSpec spec) =>
        new(Face(spec.Font, spec.Bold, spec.Italic), spec.Size, Colors.Parse(spec.Color));

    /// <summary>The same style with bold and/or italic switched on (for strong and emphasis).</summary>
    public TextStyle Derive(TextStyleSpec spec, bool bold, bool italic) =>
        new(Face(spec.Font, spec.Bold || bold, spec.Italic || italic), spec.Size, Colors.Parse(spec.Color));
}
