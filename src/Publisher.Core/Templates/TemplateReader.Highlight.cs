using Publisher.Core.Highlighting;
using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    /// <summary>
    /// <c>code.highlight</c>: for each kind of token, a colour (<c>keyword: "#1f4e8c"</c>) or
    /// a mapping of color, weight and style (<c>keyword: { color: "#1f4e8c", weight: bold }</c>).
    /// A kind left out keeps the code's own colour; a kind the highlighter does not know is
    /// an error with the nearest name suggested.
    /// </summary>
    private static Dictionary<TokenKind, TokenStyleSpec> ReadHighlight(YamlMap? map, TextStyleSpec code)
    {
        var styles = new Dictionary<TokenKind, TokenStyleSpec>();
        if (map is null) return styles;
        map.AllowOnly(ElementKeys.Highlight.Names);
        foreach (var key in map.Keys)
        {
            var kind = TokenKinds.ByName[key];
            if (map.HasMap(key))
            {
                var style = map.Map(key)!.AllowOnly(StyleKeys.TokenStyle.Names);
                var color = style.Scalar("color");
                styles[kind] = new TokenStyleSpec(
                    color is { } c ? Color(c) : code.Color,
                    style.Scalar("weight")?.AsChoice(Weights) ?? code.Bold,
                    style.Scalar("style")?.AsChoice(Styles) ?? code.Italic) { ColorSetAt = color is { } set ? Place(set) : null };
            }
            else
            {
                var color = map.RequiredScalar(key);
                styles[kind] = new TokenStyleSpec(Color(color), code.Bold, code.Italic) { ColorSetAt = Place(color) };
            }
        }
        return styles;
    }
}
