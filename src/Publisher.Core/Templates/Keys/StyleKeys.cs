namespace Publisher.Core.Templates.Keys;

/// <summary>The groups of keys that style text wherever it stands: a heading, a caption, a running head.</summary>
public static class StyleKeys
{
    public static readonly TemplateKeySet Text = new("text style",
        "How a piece of text is set. Every mapping that says it takes the text style keys takes these; " +
        "what is left out comes from the body text.",
        [
            new("font", "a family named under [`fonts`](#fonts)", "the body's") { Example = "serif" },
            new("weight", "`normal` or `bold`", "`normal`") { Example = "bold" },
            new("style", "`normal` or `italic`", "`normal`") { Example = "italic" },
            new("size", "the font size, a length; in `em`, relative to the body's size (a table's `0.9em`)", "the body's") { Example = "9pt" },
            new("leading", "the distance from one baseline to the next; in `em`, relative to this text's own size", "1.25 × the size") { Example = "13pt" },
            new("color", "`\"#rrggbb\"`", "the body's") { Example = "\"#4a4a4a\"" },
        ]);

    public static readonly TemplateKeySet Block = new("block style",
        "A text that stands as a block of its own: a heading, a title, an entry of the contents.",
        [
            new("align", "`left`, `center`, `right` or `justify`",
                "left for headings, the contents and the imprint; centred on the cover and title page; justified in a quote") { Example = "center" },
            new("space-before", "extra space above the block, a length", "0") { Example = "12pt" },
            new("space-after", "extra space below the block, a length", "0") { Example = "4pt" },
            new("page-break-before", "`true`: the block starts a new page (chapter titles)", "`false`") { Example = "true" },
        ],
        Text);

    public static readonly TemplateKeySet RunningTexts = new("`left-page`, `right-page` of `header` and `footer`",
        "The texts of a running head or foot on left-hand or right-hand pages only, such as the book's title on " +
        "the left and the chapter's on the right. Each may hold `{page}`, `{title}` and `{chapter}`.",
        [
            new("inner", "the text by the gutter", "the shared `inner`") { Example = "\"{page}\"", AnyText = true },
            new("center", "the text in the middle", "the shared `center`") { Example = "\"{chapter}\"", AnyText = true },
            new("outer", "the text by the page's outer edge", "the shared `outer`") { Example = "\"{title}\"", AnyText = true },
        ]);

    public static readonly TemplateKeySet RunningLine = new("`header`, `footer`",
        "A running head above the text area, or a running foot below it, on every page but the cover, title " +
        "and imprint pages. Left out: none. `{page}` is the " +
        "folio printed on the page (i, ii… in the front matter), `{title}` the book's title, `{chapter}` the " +
        "title of the chapter the page is in.",
        [
            new("distance", "from the text area to the baseline of the head or foot, a length", "one line of its text") { Example = "8mm" },
            new("inner", "the text by the gutter (on one-sided pages: the left)", "none") { Example = "\"{title}\"", AnyText = true },
            new("center", "the text in the middle", "none") { Example = "\"{page}\"", AnyText = true },
            new("outer", "the text by the page's outer edge (on one-sided pages: the right)", "none") { Example = "\"{page}\"", AnyText = true },
            new("first-page", "`false`: nothing on the first page of the PDF", "`true`") { Example = "false" },
            new("left-page", "texts for left-hand pages only (in a facing layout; a one-sided layout has none)", "the shared texts") { Mapping = RunningTexts },
            new("right-page", "texts for right-hand pages only (in a one-sided layout: for every page)", "the shared texts") { Mapping = RunningTexts },
        ],
        Text);

    public static readonly TemplateKeySet TokenStyle = new("`code.highlight.<kind>` as a mapping",
        "One kind of token written as a mapping rather than a colour.",
        [
            new("color", "`\"#rrggbb\"`", "the code's colour") { Example = "\"#1f4e8c\"" },
            new("weight", "`normal` or `bold` (the code family needs a bold face)", "the code's") { Example = "bold" },
            new("style", "`normal` or `italic` (the code family needs an italic face)", "the code's") { Example = "normal" },
        ]);
}
