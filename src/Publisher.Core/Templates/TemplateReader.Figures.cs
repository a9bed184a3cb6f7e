using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    // An image is not text: it has no lines to justify.
    private static readonly Dictionary<string, TextAlign> FigureAlignments = new()
    {
        ["left"] = TextAlign.Left,
        ["center"] = TextAlign.Center,
        ["right"] = TextAlign.Right,
    };

    /// <summary>
    /// <c>figures:</c> — left out, a figure is centred with a body-sized line of space around it
    /// and its caption set like the body, so that a template written before figures existed
    /// still sets them apart from the text.
    /// </summary>
    private static FigureSpec ReadFigures(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        map?.AllowOnly(ElementKeys.Figures.Names);
        // Left out, the gap under the image is half a line.
        var caption = ReadBlock(map?.Map("caption"), ElementKeys.Caption, body, fonts, TextAlign.Center, spaceBefore: body.Leading / 2);
        double Get(string key, double fallback) => map is null ? fallback : Points(map, key, body.Size) ?? fallback;
        return new FigureSpec(
            map?.Scalar("align")?.AsChoice(FigureAlignments) ?? TextAlign.Center,
            Get("space-before", body.Leading),
            Get("space-after", body.Leading),
            caption);
    }
}
