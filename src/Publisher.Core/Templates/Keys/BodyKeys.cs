namespace Publisher.Core.Templates.Keys;

/// <summary>The body text, its hyphenation and the headings.</summary>
public static class BodyKeys
{
    public static readonly TemplateKeySet Hyphenation = new("`body.hyphenation`",
        "Words of body text (paragraphs, list items, quotes, notes) may be broken at a line's end where the TeX " +
        "patterns of the book's `language` allow it (see \"Hyphenation\" in [templates.md](templates.md#hyphenation)). " +
        "Left out: no hyphenation. In the EPUB: `hyphens: auto`.",
        [
            new("enabled", "`false` turns hyphenation off", "`true` (the mapping is there)") { Example = "false" },
            new("min-left", "fewest letters before the hyphen (TeX's \\lefthyphenmin), 1–10", "the language's own: English 2, most others 2")
                { Example = "3" },
            new("min-right", "fewest letters carried over after it (TeX's \\righthyphenmin), 1–10", "the language's own: English 3, most others 2")
                { Example = "3" },
            new("min-word", "words shorter than this many letters are never broken, 2–30", "5") { Example = "6" },
            new("max-consecutive", "most lines in a row that may end with a hyphen, 1–10", "2") { Example = "3" },
            new("capitalized", "`true`: words starting with a capital letter (names, mostly) may be broken too", "`false`")
                { Example = "true" },
        ]);

    public static readonly TemplateKeySet Body = new("`body`",
        "The body text: paragraphs, list items, quotes and notes start from it, and every other text takes what " +
        "it leaves out from it.",
        [
            new("font", "a family named under [`fonts`](#fonts)", "the first family") { Example = "serif" },
            new("size", "the font size, a length", "required") { Example = "10pt" },
            new("leading", "the distance from one baseline to the next", "1.25 × the size") { Example = "14.5pt" },
            new("color", "`\"#rrggbb\"`", "black") { Example = "\"#1b1b1b\"" },
            new("weight", "`normal` or `bold`", "`normal`") { Example = "normal" },
            new("style", "`normal` or `italic`", "`normal`") { Example = "normal" },
            new("align", "`justify`, `left`, `right` or `center`", "`justify`") { Example = "left" },
            new("indent", "first-line indent of a paragraph that follows a paragraph", "0") { Example = "1.2em" },
            new("paragraph-spacing", "extra space between paragraphs", "0") { Example = "4pt" },
            new("line-breaking", "how justified paragraphs are broken into lines: `total-fit` chooses the breaks of the " +
                "whole paragraph together (Knuth–Plass, as TeX), so its spaces are even; `first-fit` fills each line in " +
                "turn. Paragraphs in other alignments, and code, are always first-fit", "`total-fit`") { Example = "first-fit" },
            new("cjk-emphasis", "how emphasis (`*text*`) shows in Chinese, Japanese and Korean, which have no italics: `bold`, or " +
                "`dots` beside each character (under it in Chinese and Korean, over it in Japanese, as CSS `text-emphasis` does)",
                "`bold`") { Example = "dots" },
            new("hyphenation", "hyphenation of body text", "no hyphenation") { Mapping = Hyphenation },
            new("widows", "fewest lines of a paragraph (or code block) carried over to the top of the next page when it " +
                "breaks: with 2, no page opens with a paragraph's last line alone. 1 allows widows", "2") { Example = "3" },
            new("orphans", "fewest lines of a paragraph (or code block) left at the foot of a page when it breaks: with 2, " +
                "no page ends with a paragraph's first line alone. 1 allows orphans. Headings are never split, keep with " +
                "at least two lines of what follows, and never end a page", "2") { Example = "3" },
        ]);

    public static readonly TemplateKeySet Headings = new("`headings`",
        "The six levels of heading, `#` to `######`; a chapter's title is its `h1`. Headings are never hyphenated.",
        [.. Enumerable.Range(1, 6).Select(level => new TemplateKey($"h{level}",
            $"the style of level {level}" + (level == 1 ? " (each chapter opens a new page anyway; `page-break-before: true` also breaks before any further `#` heading in a chapter)" : ""),
            "the body's style, left-aligned") { Mapping = StyleKeys.Block })]);
}
