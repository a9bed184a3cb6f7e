using System.Globalization;
using Publisher.Core.Units;
using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    /// <summary>
    /// The <c>footnotes</c> section. Left out, notes are set at four fifths of the body size under a rule across
    /// 30% of the text width, and references are 0.7 of their text's size, raised by 0.35 of it (values close to
    /// what book typography uses; the shipped template writes them out).
    /// </summary>
    private static FootnoteSpec ReadFootnotes(YamlMap? map, BodySpec body, PageSpec page,
        IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        map?.AllowOnly(ElementKeys.Footnotes.Names);
        var size = Math.Round(body.Text.Size * 0.8, 2);
        var smaller = new TextStyleSpec(body.Text.Font, false, false, size, Math.Round(size * 1.25, 2), body.Text.Color)
        {
            ColorSetAt = body.Text.ColorSetAt,
        };
        if (map is null) return new FootnoteSpec(smaller, body.Align, size * 1.5, body.Text.Leading, page.TextWidth * 0.3, 0.5, 0.7, 0.35);

        var text = ReadText(map, smaller, fonts);
        return new FootnoteSpec(text,
            map.Scalar("align")?.AsChoice(Alignments) ?? body.Align,
            NotNegative(map.Scalar("indent"), text.Size) ?? text.Size * 1.5,
            NotNegative(map.Scalar("gap"), text.Size) ?? body.Text.Leading,
            RuleWidth(map.Scalar("rule-width"), page, text.Size) ?? page.TextWidth * 0.3,
            NotNegative(map.Scalar("rule-thickness"), text.Size) ?? 0.5,
            ShareOfText(map.Scalar("reference-size"), body.Text.Size, mustBePositive: true) ?? 0.7,
            ShareOfText(map.Scalar("reference-rise"), body.Text.Size, mustBePositive: false) ?? 0.35);
    }

    private static double? NotNegative(YamlScalar? value, double fontSize)
    {
        if (value is not { } v) return null;
        var points = v.AsLength().ToPoints(fontSize);
        return points >= 0 ? points : throw v.Invalid("expected a length of zero or more");
    }

    /// <summary>A length, or a percentage of the text width (what a reader sees as "a short rule").</summary>
    private static double? RuleWidth(YamlScalar? value, PageSpec page, double fontSize)
    {
        if (value is not { } v) return null;
        var percent = Percentage().Match(v.Value);
        var points = percent.Success
            ? double.Parse(percent.Groups[1].Value, CultureInfo.InvariantCulture) / 100 * page.TextWidth
            : Length.TryParse(v.Value, out var length) ? length.ToPoints(fontSize)
            : throw v.Invalid("expected a length such as 30mm, or a share of the text width such as 30%");
        return points >= 0 && points <= page.TextWidth + 0.01 ? points : throw v.Invalid("expected a rule no wider than the text");
    }

    /// <summary>
    /// A size relative to the text a reference stands in: <c>0.7em</c> is seven tenths of it, wherever it stands
    /// (a reference in a heading is larger than one in a note); an absolute length is taken relative to the body.
    /// </summary>
    private static double? ShareOfText(YamlScalar? value, double bodySize, bool mustBePositive)
    {
        if (value is not { } v) return null;
        var length = v.AsLength();
        var share = length.IsRelative ? length.Value : length.ToPoints() / bodySize;
        if (mustBePositive ? share <= 0 : share < 0) throw v.Invalid(mustBePositive ? "expected a size above zero" : "expected zero or more");
        return share;
    }
}
