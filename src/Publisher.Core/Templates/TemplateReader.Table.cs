using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    /// <summary>
    /// The <c>table</c> section. Left out, a table is set in the body's text with a bold
    /// header, thin rules in the text's colour, and may shrink to three quarters of its size.
    /// Em lengths are relative to the table's own text size.
    /// </summary>
    private static TableSpec ReadTable(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        map?.AllowOnly(ElementKeys.Table.Names);
        var text = map is null ? body : ReadText(map, body, fonts);
        double Get(string key, double fallback) => map?.Scalar(key) is { } s ? NonNegative(s, text.Size) : fallback;

        var (vertical, horizontal) = map?.Scalar("padding") is { } padding
            ? Padding(padding, text.Size)
            : (0.2 * text.Size, 0.5 * text.Size);
        var ruleThickness = Get("rule-thickness", 0.5);
        var minSize = Get("min-size", 0.75 * text.Size);
        if (minSize <= 0 || minSize > text.Size)
            throw map!.RequiredScalar("min-size").Invalid($"expected a size above zero and at most the table's {text.Size}pt");
        return new TableSpec(text,
            map?.Scalar("header-weight")?.AsChoice(Weights) ?? true,
            vertical, horizontal,
            map?.Scalar("rule-color") is { } color ? Color(color) : text.Color,
            ruleThickness,
            Get("header-rule-thickness", ruleThickness),
            minSize,
            Get("space-before", 0.5 * text.Size),
            Get("space-after", 0.5 * text.Size));
    }

    /// <summary>One length for all sides, or two as in CSS: top and bottom, then left and right.</summary>
    private static (double Vertical, double Horizontal) Padding(YamlScalar scalar, double fontSize)
    {
        var parts = scalar.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 1 or > 2)
            throw scalar.Invalid("expected one length, or two (top and bottom, left and right) such as \"2pt 5pt\"");
        var lengths = parts.Select(p => NonNegative(scalar with { Value = p }, fontSize)).ToArray();
        return (lengths[0], lengths[^1]);
    }

    private static double NonNegative(YamlScalar scalar, double fontSize)
    {
        var points = scalar.AsLength().ToPoints(fontSize);
        if (points < 0) throw scalar.Invalid("expected a length of zero or more");
        return points;
    }
}
