using System.Globalization;
using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    /// <summary><c>cover:</c> — left out, the PDF opens with the cover image if book.yml has one, else with the title page.</summary>
    private static CoverSpec ReadCover(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        if (map is null) return CoverSpec.None(body);
        map.AllowOnly(FrontMatterKeys.Cover.Names);
        return new CoverSpec(
            map.Scalar("enabled")?.AsBool() ?? false,
            ReadBlock(map.Map("title"), StyleKeys.Block, body, fonts, TextAlign.Center),
            ReadBlock(map.Map("subtitle"), StyleKeys.Block, body, fonts, TextAlign.Center),
            ReadBlock(map.Map("authors"), StyleKeys.Block, body, fonts, TextAlign.Center),
            Share(map.Scalar("top")) ?? 0.33);
    }

    /// <summary><c>imprint:</c> — left out, no imprint page.</summary>
    private static ImprintSpec ReadImprint(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        if (map is null) return ImprintSpec.None(body);
        var style = ReadBlock(map, FrontMatterKeys.Imprint, body, fonts, TextAlign.Left);
        return new ImprintSpec(map.Scalar("enabled")?.AsBool() ?? false, style);
    }

    /// <summary><c>toc:</c> — left out, no printed table of contents (the PDF's bookmarks remain).</summary>
    private static TocSpec ReadToc(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        if (map is null) return TocSpec.None(body);
        map.AllowOnly(FrontMatterKeys.Toc.Names);
        var depth = map.Scalar("depth");
        var levels = depth is { } d ? (int)d.AsNumber() : 2;
        if (depth is { } e && (levels is < 1 or > 3 || levels != e.AsNumber()))
            throw e.Invalid("expected 1 (chapters), 2 (and their sections) or 3 (and subsections)");
        var styles = Enumerable.Range(1, 3)
            .Select(level => ReadBlock(map.Map($"level{level}"), StyleKeys.Block, body, fonts, TextAlign.Left))
            .ToList();
        return new TocSpec(
            map.Scalar("enabled")?.AsBool() ?? false,
            levels,
            map.String("title") ?? "Contents",
            ReadBlock(map.Map("title-style"), StyleKeys.Block, body, fonts, TextAlign.Left),
            styles,
            Points(map, "indent", body.Size) ?? body.Size * 1.5,
            map.String("leader") ?? ".")
        {
            FiguresTitle = ListTitle(map.Scalar("list-of-figures"), "List of Figures"),
            TablesTitle = ListTitle(map.Scalar("list-of-tables"), "List of Tables"),
        };
    }

    /// <summary>A list's title: <c>true</c> gives the English one, <c>false</c> none, any other text is the title.</summary>
    private static string? ListTitle(YamlScalar? value, string english)
    {
        if (value is not { } v) return null;
        if (v.Value is "true") return english;
        if (v.Value is "false") return null;
        return string.IsNullOrWhiteSpace(v.Value) ? throw v.Invalid($"expected true, false or a title such as {english}") : v.Value.Trim();
    }

    private static double? Share(YamlScalar? value)
    {
        if (value is not { } t) return null;
        var m = Percentage().Match(t.Value);
        if (!m.Success) throw t.Invalid("expected a percentage of the text area's height such as 35%");
        return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / 100;
    }
}
