using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Units;
using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

/// <summary>
/// Reads template.yml into a <see cref="Template"/>. Unknown keys and bad values are
/// errors naming the file, line and key. Where a key is left out, the value comes from
/// the body text (a heading's font and colour) or is the neutral one (no extra space,
/// no header); docs/templates.md lists each.
/// </summary>
public static partial class TemplateReader
{
    private static readonly Dictionary<string, TextAlign> Alignments = new()
    {
        ["left"] = TextAlign.Left,
        ["right"] = TextAlign.Right,
        ["center"] = TextAlign.Center,
        ["justify"] = TextAlign.Justify,
    };

    private static readonly Dictionary<string, bool> ChapterStarts = new() { ["any"] = false, ["recto"] = true };

    private static readonly Dictionary<string, CjkEmphasis> CjkEmphases = new()
    {
        ["bold"] = CjkEmphasis.Bold,
        ["dots"] = CjkEmphasis.Dots,
    };

    private static readonly Dictionary<string, LineBreakingMode> LineBreakings = new()
    {
        ["total-fit"] = LineBreakingMode.TotalFit,
        ["first-fit"] = LineBreakingMode.FirstFit,
    };

    private static readonly Dictionary<string, bool> Weights = new() { ["normal"] = false, ["bold"] = true };
    private static readonly Dictionary<string, bool> Styles = new() { ["normal"] = false, ["italic"] = true };

    public static Template Read(string name, string templateFile, string displayFile) =>
        Read(name, YamlMap.Load(templateFile, displayFile), Path.GetDirectoryName(Path.GetFullPath(templateFile))!);

    /// <summary>Reads a template from its map, which for a template that <c>extends:</c> another is
    /// laid over the base's (<see cref="YamlMap.Over"/>); <paramref name="directory"/> is the template's own folder.</summary>
    public static Template Read(string name, YamlMap templateMap, string directory)
    {
        var map = templateMap
            .AllowOnly(TemplateKeys.Root.Names);

        var fonts = ReadFonts(Need(map, "fonts"), directory);
        var bodyMap = Need(map, "body").AllowOnly(BodyKeys.Body.Names);
        var bodyText = ReadText(bodyMap, fallback: null, fonts);
        var body = new BodySpec(
            bodyText,
            bodyMap.Scalar("align")?.AsChoice(Alignments) ?? TextAlign.Justify,
            Points(bodyMap, "indent", bodyText.Size) ?? 0,
            Points(bodyMap, "paragraph-spacing", bodyText.Size) ?? 0)
        {
            LineBreaking = bodyMap.Scalar("line-breaking")?.AsChoice(LineBreakings) ?? LineBreakingMode.TotalFit,
            CjkEmphasis = bodyMap.Scalar("cjk-emphasis")?.AsChoice(CjkEmphases) ?? CjkEmphasis.Bold,
            Hyphenation = ReadHyphenation(bodyMap.Map("hyphenation")),
            Widows = LineCount(bodyMap, "widows") ?? 2,
            Orphans = LineCount(bodyMap, "orphans") ?? 2,
        };

        var headingsMap = map.Map("headings")?.AllowOnly(BodyKeys.Headings.Names);
        var headings = Enumerable.Range(1, 6)
            .Select(level => ReadBlock(headingsMap?.Map($"h{level}"), StyleKeys.Block, bodyText, fonts, TextAlign.Left))
            .ToList();

        var page = ReadPage(Need(map, "page"));
        var epubCss = Path.Combine(directory, "epub.css");
        var cssAt = SourceLocation.File(Path.Combine(Path.GetDirectoryName(map.Location.Path) ?? "", "epub.css"));
        var hasCss = TemplateFolders.Check(directory, epubCss, "epub.css", cssAt) is { } css && File.Exists(css);
        // A fallback is a font file beside the template, or the name of an installed family ("Noto Sans CJK JP").
        var fallbackEntries = map.List("fallback-fonts") ?? [];
        var fallbackFonts = fallbackEntries.Where(f => !IsFamilyName(f.Value)).Select(f => FontFile(f, directory)).ToList();
        var fallbackFamilies = fallbackEntries.Where(f => IsFamilyName(f.Value)).Select(f => new FontFamilyName(f.Value, f.Location)).ToList();
        var pdf = ReadPdf(map.Map("pdf"), directory);
        var template = new Template
        {
            Name = name,
            Directory = directory,
            SourceFiles = [.. fonts.Values.SelectMany(f => f.Faces()).Select(face => face.File), .. fallbackFonts,
                           .. hasCss ? [epubCss] : Array.Empty<string>(),
                           .. pdf.PrintProfile is { } profile ? [profile.Path] : Array.Empty<string>()],
            Page = page,
            Fonts = fonts,
            FallbackFonts = fallbackFonts,
            FallbackFamilies = fallbackFamilies,
            Body = body,
            Headings = headings,
            Code = ReadCode(map.Map("code"), bodyText, fonts),
            ChapterDescription = map.Map("chapter-description") is { } description
                ? ReadBlock(description, StyleKeys.Block, bodyText, fonts, TextAlign.Left)
                : null,
            Quote = ReadQuote(map.Map("quote"), bodyText, fonts),
            Lists = ReadLists(map.Map("lists"), bodyText),
            Figures = ReadFigures(map.Map("figures"), bodyText, fonts),
            Table = ReadTable(map.Map("table"), bodyText, fonts),
            TitlePage = ReadTitlePage(map.Map("title-page"), bodyText, fonts),
            Footer = ReadRunningLine(map.Map("footer"), bodyText, fonts),
            Header = ReadRunningLine(map.Map("header"), bodyText, fonts),
            Footnotes = ReadFootnotes(map.Map("footnotes"), body, page, fonts),
            References = ReadReferences(map.Map("references")),
            Cover = ReadCover(map.Map("cover"), bodyText, fonts),
            Imprint = ReadImprint(map.Map("imprint"), bodyText, fonts),
            Toc = ReadToc(map.Map("toc"), bodyText, fonts),
            Index = ReadIndex(map.Map("index"), bodyText, headings[0], fonts),
            Pdf = pdf,
            Callouts = ReadCallouts(map.Map("callouts")),
            ExtraEpubCss = hasCss ? File.ReadAllText(epubCss) : null,
        };
        return template with { Warnings = Contrast.TemplateContrast.Check(template, map.DisplayPath) };
    }

    private static ReferencesSpec ReadReferences(YamlMap? map)
    {
        if (map is null) return ReferencesSpec.Default;
        map.AllowOnly(ElementKeys.References.Names);
        var perChapter = map.Scalar("numbering")?.AsChoice(Numberings) ?? false;
        string? Word(string key, string example) => map.Scalar(key) is { } word
            ? string.IsNullOrWhiteSpace(word.Value) ? throw word.Invalid($"expected a word, such as {example}") : word.Value.Trim()
            : null;
        return new ReferencesSpec(perChapter, Word("figure", "Figure"), Word("table", "Table"), Word("listing", "Listing"), Word("equation", "Equation"))
        {
            Page = map.Scalar("page")?.AsBool() ?? false,
            OnPageWords = Word("on-page", "on page"),
        };
    }

    private static readonly Dictionary<string, bool> Numberings = new(StringComparer.Ordinal) { ["book"] = false, ["chapter"] = true };

    private static CalloutSpec ReadCallouts(YamlMap? map)
    {
        if (map is null) return CalloutSpec.Default;
        map.AllowOnly(ElementKeys.Callouts.Names);
        var colors = new Dictionary<Markdown.CalloutKind, string>(CalloutSpec.Default.Colors);
        var places = new Dictionary<Markdown.CalloutKind, SetAt>();
        foreach (var kind in Enum.GetValues<Markdown.CalloutKind>())
        {
            if (map.Scalar(Markdown.Callouts.Name(kind)) is not { } color) continue;
            colors[kind] = Color(color);
            places[kind] = Place(color);
        }
        return new CalloutSpec(colors) { SetAt = places };
    }

    /// <summary>A number of lines, 1 or more (widows, orphans).</summary>
    private static int? LineCount(YamlMap map, string key)
    {
        if (map.Scalar(key) is not { } scalar) return null;
        var value = scalar.AsNumber();
        if (value < 1 || value != Math.Floor(value)) throw scalar.Invalid("expected a whole number of lines, 1 or more");
        // A huge count means "never split a paragraph", as int.MaxValue does for headings.
        return (int)Math.Min(value, int.MaxValue);
    }

    private static YamlMap Need(YamlMap map, string key) =>
        map.Map(key) ?? throw BuildFailedException.At(map.Location, DiagnosticCodes.MissingKey, $"'{key}' is required");

    private static PageSpec ReadPage(YamlMap page)
    {
        page.AllowOnly(PageKeys.Page.Names);
        var size = page.RequiredScalar("size");
        double width, height;
        if (PaperSizes.ByName.TryGetValue(size.Value.Trim(), out var named))
        {
            (width, height) = named;
        }
        else
        {
            var parts = size.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !Length.TryParse(parts[0], out var w) || !Length.TryParse(parts[1], out var h)
                || w.IsRelative || h.IsRelative)
                throw BuildFailedException.At(size.Location, DiagnosticCodes.BadValue,
                    $"'page.size': expected a name ({string.Join(", ", PaperSizes.ByName.Keys)}) or two lengths " +
                    $"such as \"148mm 210mm\", not '{size.Value}'{NearestName.Hint(size.Value, PaperSizes.ByName.Keys)}");
            (width, height) = (w.ToPoints(), h.ToPoints());
        }

        var margins = Need(page, "margins").AllowOnly(PageKeys.Margins.Names);
        var padTo = page.Scalar("pad-to");
        var pad = padTo is { } p ? (int)p.AsNumber() : 1;
        if (padTo is { } q && (pad < 1 || pad != q.AsNumber())) throw q.Invalid("expected a whole number of pages, 1 or more");
        var spec = new PageSpec(width, height, page.Scalar("facing")?.AsBool() ?? true,
            Absolute(margins, "top"), Absolute(margins, "bottom"), Absolute(margins, "inner"), Absolute(margins, "outer"))
        {
            ChaptersOnRecto = page.Scalar("chapter-start")?.AsChoice(ChapterStarts) ?? false,
            PadTo = pad,
        };
        spec = ReadPrintOptions(page, spec);
        if (spec.TextWidth < 72 || spec.TextHeight < 72)
            throw page.NearestLocationOf("margins", "size") == size.Location
                ? BuildFailedException.At(size.Location, DiagnosticCodes.BadValue,
                    $"'page.size': '{size.Value}' leaves less than one inch for the text inside the margins " +
                    $"('page.margins' at {margins.Location})")
                : BuildFailedException.At(margins.Location, DiagnosticCodes.BadValue,
                    "'page.margins' leave less than one inch for the text");
        return spec;
    }

    private static double Absolute(YamlMap map, string key)
    {
        var scalar = map.RequiredScalar(key);
        var length = scalar.AsLength();
        if (length.IsRelative) throw scalar.Invalid("expected an absolute length (pt, mm, cm, in)");
        if (length.Value < 0) throw scalar.Invalid("expected a length of zero or more");
        return length.ToPoints();
    }

    private static IReadOnlyDictionary<string, FontFamilySpec> ReadFonts(YamlMap fonts, string directory)
    {
        var families = new Dictionary<string, FontFamilySpec>(StringComparer.Ordinal);
        foreach (var family in fonts.Keys)
        {
            var faces = fonts.Map(family)!.AllowOnly(PageKeys.FontFamily.Names);
            string? Face(string key) => faces.Scalar(key) is { } file ? FontFile(file, directory) : null;
            families[family] = new FontFamilySpec(family, Face("regular") ?? throw BuildFailedException.At(
                faces.Location, DiagnosticCodes.MissingKey, $"'fonts.{family}.regular' is required"),
                Face("bold"), Face("italic"), Face("bold-italic"));
        }
        if (families.Count == 0)
            throw BuildFailedException.At(fonts.Location, DiagnosticCodes.MissingKey, "'fonts' must name at least one family");
        return families;
    }

    /// <summary>
    /// A family name, not a path: letters, digits, spaces, dots and hyphens ("Noto Sans CJK JP"), no folder separator
    /// and no font file's extension. Anything else is taken for a file, and reported as one when it is not there.
    /// </summary>
    private static bool IsFamilyName(string value) =>
        value.Length > 0 && char.IsLetterOrDigit(value[0]) && value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_')
        && Path.GetExtension(value).ToLowerInvariant() is not (".ttf" or ".otf" or ".ttc" or ".otc" or ".woff" or ".woff2");

    private static string FontFile(YamlScalar file, string directory)
    {
        // Relative to the file that names the font: a base template's fonts stay beside it.
        var full = Path.GetFullPath(Path.Combine(file.Directory ?? directory, file.Value));
        if (TemplateFolders.Check(file.Directory ?? directory, full, file.Value, file.Location) is null || !File.Exists(full))
            throw BuildFailedException.At(file.Location, DiagnosticCodes.FontNotFound,
                $"font file '{file.Value}' not found (looked for it beside {Path.GetFileName(file.Location.Path)})");
        if (FontFileCheck.Problem(full) is { } problem)
            throw BuildFailedException.At(file.Location, DiagnosticCodes.FontUnreadable,
                $"'{file.Value}' is not a usable font: {problem}");
        return full;
    }

    private static TextStyleSpec ReadText(YamlMap map, TextStyleSpec? fallback, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        var font = map.Scalar("font");
        if (font is { } f && !fonts.ContainsKey(f.Value))
            throw BuildFailedException.At(f.Location, DiagnosticCodes.BadValue,
                $"'{f.Key}': no font family '{f.Value}' in 'fonts'{NearestName.Hint(f.Value, fonts.Keys)}");
        var size = fallback is null ? map.RequiredScalar("size").AsLength().ToPoints()
            : map.Scalar("size")?.AsLength().ToPoints(fallback.Size) ?? fallback.Size;
        if (size <= 0) throw map.RequiredScalar("size").Invalid("expected a size above zero");
        var leading = map.Scalar("leading");
        if (leading is { } l && l.AsLength().ToPoints(size) <= 0) throw l.Invalid("expected a leading above zero");
        var color = map.Scalar("color");
        return new TextStyleSpec(
            font?.Value ?? fallback?.Font ?? fonts.Keys.First(),
            map.Scalar("weight")?.AsChoice(Weights) ?? false,
            map.Scalar("style")?.AsChoice(Styles) ?? false,
            size,
            leading?.AsLength().ToPoints(size) ?? Math.Round(size * 1.25, 2),
            color is { } c ? Color(c) : fallback?.Color ?? "#000000")
        {
            ColorSetAt = color is { } set ? Place(set) : fallback?.ColorSetAt,
        };
    }

    /// <summary>The block style keys of a mapping whose <paramref name="keys"/> include them (<see cref="StyleKeys.Block"/>).</summary>
    /// <param name="spaceBefore">The space above the block when the map does not give one (or there is no map).</param>
    private static BlockStyle ReadBlock(YamlMap? map, TemplateKeySet keys, TextStyleSpec body,
        IReadOnlyDictionary<string, FontFamilySpec> fonts, TextAlign defaultAlign, double spaceBefore = 0)
    {
        if (map is null) return new BlockStyle(body, defaultAlign, spaceBefore, 0, false);
        map.AllowOnly(keys.Names);
        var text = ReadText(map, body, fonts);
        return new BlockStyle(text,
            map.Scalar("align")?.AsChoice(Alignments) ?? defaultAlign,
            Points(map, "space-before", text.Size) ?? spaceBefore,
            Points(map, "space-after", text.Size) ?? 0,
            map.Scalar("page-break-before")?.AsBool() ?? false);
    }

    private static CodeSpec ReadCode(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        var block = ReadBlock(map, ElementKeys.Code, body, fonts, TextAlign.Left);
        var inline = map?.Scalar("inline-size");
        var scale = 1.0;
        if (inline is { } s)
        {
            var length = s.AsLength();
            scale = length.IsRelative ? length.Value : length.ToPoints() / body.Size;
        }
        return new CodeSpec(block with { Align = TextAlign.Left },
            map?.Scalar("background") is { } bg ? Color(bg) : null,
            map is null ? 0 : Points(map, "padding", block.Text.Size) ?? 0,
            scale)
        {
            Highlight = ReadHighlight(map?.Map("highlight"), block.Text),
            BackgroundSetAt = map?.Scalar("background") is { } set ? Place(set) : null,
        };
    }

    private static QuoteSpec ReadQuote(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        var block = ReadBlock(map, ElementKeys.Quote, body, fonts, TextAlign.Justify);
        return new QuoteSpec(block, map is null ? 0 : Points(map, "indent", block.Text.Size) ?? 0);
    }

    private static ListSpec ReadLists(YamlMap? map, TextStyleSpec body)
    {
        map?.AllowOnly(ElementKeys.Lists.Names);
        double Get(string key, double fallback) => map is null ? fallback : Points(map, key, body.Size) ?? fallback;
        return new ListSpec(Get("indent", body.Size * 1.5), Get("item-spacing", 0), Get("loose-spacing", body.Leading / 2),
            Get("space-before", 0),
            Get("space-after", 0));
    }

    private static TitlePageSpec ReadTitlePage(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        map?.AllowOnly(FrontMatterKeys.TitlePage.Names);
        return new TitlePageSpec(
            map?.Scalar("enabled")?.AsBool() ?? false,
            ReadBlock(map?.Map("title"), StyleKeys.Block, body, fonts, TextAlign.Center),
            ReadBlock(map?.Map("subtitle"), StyleKeys.Block, body, fonts, TextAlign.Center),
            ReadBlock(map?.Map("authors"), StyleKeys.Block, body, fonts, TextAlign.Center),
            Share(map?.Scalar("top")) ?? 0.33);
    }

    private static RunningLineSpec ReadRunningLine(YamlMap? map, TextStyleSpec body, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        if (map is null) return new RunningLineSpec(body, 0, "", "", "", false);
        map.AllowOnly(StyleKeys.RunningLine.Names);
        var text = ReadText(map, body, fonts);
        return new RunningLineSpec(text,
            Points(map, "distance", text.Size) ?? text.Leading,
            map.String("inner") ?? "", map.String("center") ?? "", map.String("outer") ?? "",
            map.Scalar("first-page")?.AsBool() ?? true)
        {
            LeftPage = ReadRunningTexts(map.Map("left-page")),
            RightPage = ReadRunningTexts(map.Map("right-page")),
        };
    }

    private static RunningTexts? ReadRunningTexts(YamlMap? map) =>
        map?.AllowOnly(StyleKeys.RunningTexts.Names) is { } m
            ? new RunningTexts(m.String("inner") ?? "", m.String("center") ?? "", m.String("outer") ?? "")
            : null;

    /// <summary>True when the file starts like a TrueType, OpenType or collection font (its sfnt version tag).</summary>
    private static double? Points(YamlMap map, string key, double fontSize) =>
        map.Scalar(key)?.AsLength().ToPoints(fontSize);

    private static SetAt Place(YamlScalar value) => new(value.Key, value.Location);

    private static string Color(YamlScalar value)
    {
        if (HexColor().IsMatch(value.Value)) return value.Value.ToLowerInvariant();
        throw value.Invalid("expected a colour written as #rrggbb");
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*%\s*$")]
    private static partial Regex Percentage();
}
