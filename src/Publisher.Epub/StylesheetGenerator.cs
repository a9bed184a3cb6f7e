using Publisher.Core.Markdown;
using System.Globalization;
using System.Text;
using Publisher.Core.Templates;

namespace Publisher.Epub;

/// <summary>
/// The EPUB's stylesheet, made from the same template values the PDF is laid out with.
/// Page geometry is left out: a reading system owns the page. Font sizes are in points as
/// the template gives them; line heights and indents are relative to the font size so that
/// they follow when a reader makes the text larger.
/// </summary>
internal static partial class StylesheetGenerator
{
    /// <param name="index">The book has an index document: its rules are written.</param>
    /// <param name="formulas">The book has displayed formulas: the rules that set their numbers are written.</param>
    public static string Generate(Template template, IReadOnlyList<EmbeddedFont> fonts, bool index = false, bool formulas = false)
    {
        // A template is written for left-to-right text: "left" means "where lines start", CSS's start, so that a
        // chapter or block in a right-to-left language (dir="rtl") starts at the right, as in print.
        string Align(TextAlign align) => align switch
        {
            TextAlign.Left => "start",
            TextAlign.Right => "end",
            _ => align.ToString().ToLowerInvariant(),
        };
        var css = new StringBuilder();
        foreach (var font in fonts)
        {
            css.Append("@font-face {\n");
            css.Append($"  font-family: \"{EmbeddedFonts.CssFamily(font.Family)}\";\n");
            css.Append($"  font-weight: {(font.Bold ? "bold" : "normal")};\n");
            css.Append($"  font-style: {(font.Italic ? "italic" : "normal")};\n");
            css.Append($"  src: url(\"{font.Href}\");\n");
            if (font.UnicodeRange is { } range) css.Append($"  unicode-range: {UnicodeRange(range)};\n");
            css.Append("}\n\n");
        }

        var body = template.Body;
        Rule(css, "body", [.. Text(body.Text), $"text-align: {Align(body.Align)}"]);
        Rule(css, "p", [$"margin: 0 0 {Pt(body.ParagraphSpacing)} 0"]);
        // Like the printed page: the first paragraph after a heading starts flush, the ones
        // after it are indented.
        if (body.Indent > 0) Rule(css, "p + p", [$"text-indent: {Em(body.Indent, body.Text.Size)}"]);

        for (var level = 1; level <= template.Headings.Count; level++)
        {
            var h = template.Headings[level - 1];
            var declarations = new List<string>(Text(h.Text))
            {
                $"text-align: {Align(h.Align)}",
                $"margin: {Pt(h.SpaceBefore)} 0 {Pt(h.SpaceAfter)} 0",
                // A heading at the foot of a page, its text overleaf, is a typesetting error.
                "page-break-after: avoid",
                "break-after: avoid",
            };
            if (h.PageBreakBefore) declarations.AddRange(["page-break-before: always", "break-before: page"]);
            Rule(css, $"h{level}", declarations);
        }

        if (template.ChapterDescription is { } description)
            Rule(css, "p." + Publisher.Core.Books.ChapterFrontMatter.DescriptionClass, [.. Text(description.Text),
                $"text-align: {Align(description.Align)}", "text-indent: 0",
                $"margin: {Pt(description.SpaceBefore)} 0 {Pt(description.SpaceAfter)} 0"]);
        // Emphasis of every kind looks as InlineRoles says, as in print.
        foreach (var role in Enum.GetValues<InlineRole>())
            if (InlineRoles.Css(role) is { Count: > 0 } declarations) Rule(css, InlineRoles.Element(role), declarations);
        // Scripts without italics show emphasis in bold, as print does (SystemFallback), not as slanted fakes; or, where the
        // template asks for it, CJK emphasis shows dots beside the characters (over them in Japanese, under in Chinese and Korean).
        static string Emphasis(IEnumerable<string> languages) =>
            string.Join(", ", languages.SelectMany(l => new[] { $":lang({l}) em", $":lang({l}) i", $":lang({l}) cite" }));
        var dots = template.Body.CjkEmphasis == CjkEmphasis.Dots;
        Rule(css, Emphasis(dots ? UnslantedLanguages.Except(CjkLanguages) : UnslantedLanguages), ["font-style: normal", "font-weight: bold"]);
        if (dots)
        {
            Rule(css, Emphasis(CjkLanguages), ["font-style: normal", "text-emphasis: filled dot", "-epub-text-emphasis-style: filled dot",
                "text-emphasis-position: under right", "-epub-text-emphasis-position: under right"]);
            Rule(css, Emphasis(["ja"]), ["text-emphasis-position: over right", "-epub-text-emphasis-position: over right"]);
        }
        var code = template.Code;
        Rule(css, "code", [$"font-family: \"{EmbeddedFonts.CssFamily(code.Block.Text.Font)}\", monospace",
            $"font-size: {Number(code.InlineScale)}em"]);
        Rule(css, "pre", [.. Text(code.Block.Text), "white-space: pre-wrap", "text-align: left",
            $"margin: {Pt(code.Block.SpaceBefore)} 0 {Pt(code.Block.SpaceAfter)} 0", $"padding: {Pt(code.Padding)}",
            .. code.Background is { } tint ? [$"background-color: {tint}"] : Array.Empty<string>()]);
        Rule(css, "pre code", ["font-size: 1em"]);
        css.Append(HighlightStyles.Css(code));
        var quote = template.Quote;
        Rule(css, "blockquote", [.. Text(quote.Block.Text), $"text-align: {Align(quote.Block.Align)}",
            $"margin: {Pt(quote.Block.SpaceBefore)} 0 {Pt(quote.Block.SpaceAfter)} {Em(quote.Indent, quote.Block.Text.Size)}"]);
        var lists = template.Lists;
        Rule(css, "ul, ol", [$"margin: {Pt(lists.SpaceBefore)} 0 {Pt(lists.SpaceAfter)} 0",
            $"padding-left: {Em(lists.Indent, body.Text.Size)}"]);
        Rule(css, "li + li", [$"margin-top: {Pt(lists.ItemSpacing)}"]);
        foreach (var (selector, declarations) in TableStylesheet.Rules(template.Table, Align)) Rule(css, selector, declarations);
        // Callouts as print sets them: a rule above in the kind's colour, the title in bold in it, a thinner rule below.
        Rule(css, "aside.callout", [$"margin: {Pt(body.Text.Leading / 2)} 0", "padding: 0.25em 0",
            "border-top: 0.8pt solid", "border-bottom: 0.4pt solid"]);
        Rule(css, ".callout-title", ["font-weight: bold", "margin: 0", "text-indent: 0"]);
        foreach (var (kind, color) in template.Callouts.Colors)
        {
            Rule(css, $"aside.callout-{Callouts.Name(kind)}", [$"border-color: {color}"]);
            Rule(css, $".callout-{Callouts.Name(kind)} > .callout-title", [$"color: {color}"]);
        }
        Rule(css, "img", ["max-width: 100%"]);
        FigureRules(css, template, Align);

        Footnotes(css, template, Align(template.Footnotes.Align));
        HyphenationRules(css, body.Hyphenation);
        // Rules only for what the book has: an EPUB without an index or formulas keeps the stylesheet it had.
        if (index) IndexRules(css, template, Align);
        if (formulas)
        {
            // A displayed formula centred, its number at the right margin, as print sets it.
            Rule(css, "div.equation, span.equation", ["display: flex", "align-items: center", "margin: 0.5em 0", "text-indent: 0"]);
            Rule(css, ".equation > math", ["flex: 1"]);
            Rule(css, ".equation-number", ["flex: none", "margin-left: 1em"]);
        }

        Rule(css, ".cover", ["margin: 0", "padding: 0", "text-align: center", "text-indent: 0"]);
        Rule(css, ".cover img", ["max-width: 100%", "max-height: 100vh"]);

        var page = template.TitlePage;
        Rule(css, ".title-page", ["padding-top: " + Number(page.TopFraction * 100) + "vh", "text-indent: 0"]);
        TitlePageRule(css, ".title-page .title", page.Title, Align(page.Title.Align));
        TitlePageRule(css, ".title-page .subtitle", page.Subtitle, Align(page.Subtitle.Align));
        TitlePageRule(css, ".title-page .author", page.Authors, Align(page.Authors.Align));
        if (template.Imprint.Enabled) TitlePageRule(css, ".imprint p", template.Imprint.Text, Align(template.Imprint.Text.Align));

        if (!string.IsNullOrEmpty(template.ExtraEpubCss))
        {
            css.Append("/* epub.css of the template */\n");
            css.Append(template.ExtraEpubCss.ReplaceLineEndings("\n"));
            if (!template.ExtraEpubCss.EndsWith('\n')) css.Append('\n');
        }
        return css.ToString();
    }

    /// <summary>Languages whose scripts have no italic: Chinese, Japanese, Korean, Arabic, Persian, Urdu, Hebrew, Thai, the Indic ones.</summary>
    private static readonly string[] CjkLanguages = ["zh", "ja", "ko"];

    private static readonly string[] UnslantedLanguages = ["zh", "ja", "ko", "ar", "fa", "ur", "he", "yi", "th", "hi", "bn", "ta", "te", "mr", "ne"];

    /// <summary>The code points as CSS unicode-range values, runs of consecutive ones joined: "U+627-62A, U+644".</summary>
    private static string UnicodeRange(IReadOnlyList<int> codePoints)
    {
        var parts = new List<string>();
        for (var i = 0; i < codePoints.Count;)
        {
            var j = i;
            while (j + 1 < codePoints.Count && codePoints[j + 1] == codePoints[j] + 1) j++;
            parts.Add(j == i ? $"U+{codePoints[i]:X}" : $"U+{codePoints[i]:X}-{codePoints[j]:X}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    private static void TitlePageRule(StringBuilder css, string selector, BlockStyle style, string align) =>
        Rule(css, selector, [.. Text(style.Text), $"text-align: {align}", "text-indent: 0",
            $"margin: {Pt(style.SpaceBefore)} 0 {Pt(style.SpaceAfter)} 0"]);

    internal static IEnumerable<string> Text(TextStyleSpec text) =>
    [
        $"font-family: \"{EmbeddedFonts.CssFamily(text.Font)}\", {EmbeddedFonts.GenericFamily(text.Font)}",
        $"font-size: {Pt(text.Size)}",
        $"font-weight: {(text.Bold ? "bold" : "normal")}",
        $"font-style: {(text.Italic ? "italic" : "normal")}",
        $"line-height: {Number(text.Leading / text.Size)}",
        $"color: {text.Color}",
    ];

    private static void Rule(StringBuilder css, string selector, IEnumerable<string> declarations)
    {
        css.Append(selector).Append(" {\n");
        foreach (var d in declarations) css.Append("  ").Append(d).Append(";\n");
        css.Append("}\n\n");
    }

    internal static string Pt(double points) => points == 0 ? "0" : Number(points) + "pt";

    private static string Em(double points, double fontSize) => Number(points / fontSize) + "em";

    private static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
