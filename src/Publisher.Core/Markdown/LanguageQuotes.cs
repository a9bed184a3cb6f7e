using Markdig.Extensions.SmartyPants;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Markdown;

/// <summary>
/// Straight quotes made curly in the marks of the text's language (CLDR's quotation marks): “…” in English,
/// „…“ in German and Czech, «…» in French, Russian and Greek, 「…」 in Japanese. Done once, on the syntax tree,
/// right after a chapter is parsed: the quotes become plain text, so print, the EPUB and every title read the same.
/// The language is the nearest block's <c>{lang=…}</c>, else the chapter's.
/// </summary>
public static class LanguageQuotes
{
    /// <summary>Opening and closing double quotes, then opening and closing single ones, by primary language (or full tag).</summary>
    private static readonly Dictionary<string, string[]> Marks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = ["„", "“", "‚", "‘"], ["cs"] = ["„", "“", "‚", "‘"], ["sk"] = ["„", "“", "‚", "‘"],
        ["lt"] = ["„", "“", "‚", "‘"], ["is"] = ["„", "“", "‚", "‘"], ["sl"] = ["„", "“", "‚", "‘"],
        ["bg"] = ["„", "“", "„", "“"], ["ka"] = ["„", "“", "“", "”"],
        ["de-CH"] = ["«", "»", "‹", "›"],
        ["fr"] = ["«", "»", "“", "”"], ["ru"] = ["«", "»", "„", "“"], ["uk"] = ["«", "»", "„", "“"], ["be"] = ["«", "»", "„", "“"],
        ["el"] = ["«", "»", "“", "”"], ["es"] = ["«", "»", "“", "”"], ["it"] = ["«", "»", "“", "”"], ["ca"] = ["«", "»", "“", "”"],
        ["pt"] = ["«", "»", "“", "”"], ["pt-BR"] = ["“", "”", "‘", "’"], ["no"] = ["«", "»", "‘", "’"], ["nb"] = ["«", "»", "‘", "’"],
        ["nn"] = ["«", "»", "‘", "’"], ["fa"] = ["«", "»", "‹", "›"], ["hy"] = ["«", "»", "«", "»"], ["kk"] = ["«", "»", "„", "“"],
        ["pl"] = ["„", "”", "«", "»"], ["ro"] = ["„", "”", "«", "»"], ["hu"] = ["„", "”", "»", "«"], ["hr"] = ["„", "“", "‚", "‘"],
        ["sr"] = ["„", "“", "‘", "’"], ["et"] = ["„", "“", "‚", "‘"], ["lv"] = ["«", "»", "„", "“"],
        ["sv"] = ["”", "”", "’", "’"], ["fi"] = ["”", "”", "’", "’"], ["he"] = ["”", "”", "’", "’"],
        ["ar"] = ["”", "“", "’", "‘"], ["ur"] = ["”", "“", "’", "‘"],
        ["ja"] = ["「", "」", "『", "』"], ["zh-Hant"] = ["「", "」", "『", "』"], ["zh-TW"] = ["「", "」", "『", "』"],
        ["zh-HK"] = ["「", "」", "『", "』"],
    };

    /// <summary>Replaces every curly quote of <paramref name="document"/> by its language's mark.</summary>
    public static void Apply(MarkdownDocument document, string chapterLanguage)
    {
        foreach (var smart in document.Descendants<SmartyPant>().ToList())
        {
            var text = smart.Type switch
            {
                SmartyPantType.LeftDoubleQuote => Mark(smart, chapterLanguage, 0),
                SmartyPantType.RightDoubleQuote or SmartyPantType.DoubleQuote => Mark(smart, chapterLanguage, 1),
                SmartyPantType.LeftQuote => Mark(smart, chapterLanguage, 2),
                SmartyPantType.RightQuote => Mark(smart, chapterLanguage, 3),
                // An apostrophe is the same in every language; dashes and ellipses too.
                _ => SmartyPunctuation.Text(smart.Type),
            };
            smart.ReplaceBy(new LiteralInline(text) { Span = smart.Span, Line = smart.Line, Column = smart.Column });
        }
    }

    private static string Mark(SmartyPant smart, string chapterLanguage, int which)
    {
        var language = LanguageOf(smart) ?? chapterLanguage;
        return MarksFor(language) is { } marks ? marks[which] : SmartyPunctuation.Text(which switch
        {
            0 => SmartyPantType.LeftDoubleQuote,
            1 => SmartyPantType.RightDoubleQuote,
            2 => SmartyPantType.LeftQuote,
            _ => SmartyPantType.RightQuote,
        });
    }

    /// <summary>The marks of a BCP 47 tag: its language and region or script first ("pt-BR", "zh-Hant"), then its language.</summary>
    public static string[]? MarksFor(string language)
    {
        var parts = language.Split('-');
        if (parts.Length > 1 && Marks.TryGetValue($"{parts[0]}-{parts[1]}", out var specific)) return specific;
        return Marks.TryGetValue(parts[0], out var marks) ? marks : null;
    }

    /// <summary>The language of the span or block a quote stands in (<c>*…*{lang=de}</c>, <c>{lang=de}</c>), nearest first.</summary>
    private static string? LanguageOf(Inline inline)
    {
        var root = inline;
        for (; root.Parent is not null; root = root.Parent)
            if (root != inline && BlockLanguage.Own(root) is { } span) return span;
        return BlockLanguage.Nearest((root as ContainerInline)?.ParentBlock);
    }
}
