using Publisher.Core.Highlighting;

namespace Publisher.Core.Templates.Keys;

/// <summary>The keys of what stands between paragraphs: code, quotes, lists, figures, tables, and the notes.</summary>
public static class ElementKeys
{
    /// <summary>What each kind of token covers; the kinds themselves are <see cref="TokenKinds"/>'.</summary>
    private static readonly Dictionary<TokenKind, string> TokenMeanings = new()
    {
        [TokenKind.Keyword] = "keywords, modifiers, word operators (`typeof`, `and`), `true`/`false`/`null`, `this`/`self`, Markdown headings",
        [TokenKind.String] = "strings with their quotes, escapes, inline code and link targets in Markdown",
        [TokenKind.Comment] = "comments with their delimiters",
        [TokenKind.Number] = "numbers and other constants (`&amp;` in XML)",
        [TokenKind.Type] = "class and type names, built-in types a grammar marks as such",
        [TokenKind.Function] = "function and method names, shell built-ins (`echo`)",
        [TokenKind.Tag] = "XML and HTML element names, YAML keys",
        [TokenKind.Attribute] = "XML and HTML attribute names, JSON keys",
        [TokenKind.Punctuation] = "brackets, separators and operators written with symbols (`{ } ; => &&`)",
    };

    public static readonly TemplateKeySet Highlight = new("`code.highlight`",
        "Colours of highlighted code: a fenced block whose info string names a language (see \"Highlighted code\" " +
        "in [templates.md](templates.md#highlighted-code)). Each kind of token takes a colour, `\"#rrggbb\"`, or " +
        "a mapping of `color`, `weight` and `style`. Left out: code in one colour " +
        "(the EPUB still marks the tokens up, for an `epub.css` to colour).",
        [.. TokenKinds.ByName.Select(kind => new TemplateKey(kind.Key, TokenMeanings[kind.Value], "the code's colour")
            { Example = "\"#1f4e8c\"", Mapping = StyleKeys.TokenStyle })]);

    public static readonly TemplateKeySet Code = new("`code`",
        "Code blocks, and inline code's font. Code is always left-aligned, whatever `align` says. Left out: " +
        "the body's style, no tint.",
        [
            new("background", "a tint behind code blocks, `\"#rrggbb\"`", "none") { Example = "\"#f2f0eb\"" },
            new("padding", "space between the tint's edge and the code, a length", "0") { Example = "4pt" },
            new("inline-size", "the size of inline code relative to the text it stands in (`0.88em`), or a length", "1em")
                { Example = "0.88em" },
            new("highlight", "colours of highlighted code", "no highlighting") { Mapping = Highlight },
        ],
        StyleKeys.Block);

    public static readonly TemplateKeySet Quote = new("`quote`",
        "Block quotes (`>`). Left out: the body's style, justified, no indent.",
        [new("indent", "how far in from the text's left edge the quote stands, a length", "0") { Example = "1.5em" }],
        StyleKeys.Block);

    public static readonly TemplateKeySet Lists = new("`lists`",
        "The geometry of bulleted and numbered lists; their text is the body's.",
        [
            new("indent", "from the list's left edge to its text", "1.5 × the body size") { Example = "1.4em" },
            new("item-spacing", "between the items of a tight list", "0") { Example = "2pt" },
            new("loose-spacing", "between the paragraphs of a loose list (items separated by blank lines)", "half a line") { Example = "5pt" },
            new("space-before", "above a top-level list", "0") { Example = "4pt" },
            new("space-after", "below a top-level list", "0") { Example = "4pt" },
        ]);

    public static readonly TemplateKeySet Caption = new("`figures.caption`",
        "A figure's caption: the image's title, else its alternative text.",
        [
            new("align", "`left`, `center`, `right` or `justify`", "`center`") { Example = "left" },
            new("space-before", "the gap between the image and its caption", "half the body's leading") { Example = "5pt" },
        ],
        StyleKeys.Text);

    public static readonly TemplateKeySet Figures = new("`figures`",
        "An image alone in its paragraph, and its caption below it; the two are never parted by a page break.",
        [
            new("align", "where an image narrower than the text stands: `left`, `center` or `right`", "`center`") { Example = "left" },
            new("space-before", "space above a figure", "the body's leading") { Example = "10pt" },
            new("space-after", "space below a figure", "the body's leading") { Example = "10pt" },
            new("caption", "the caption's style; the captions of tables (`Table: …`) and of numbered listings take it too, set above them and left aligned", "the body's style, centred, half a leading below the image")
                { Mapping = Caption },
        ]);

    public static readonly TemplateKeySet Table = new("`table`",
        "Tables, set in the book style: a rule above, one under the header row and one below, no vertical lines " +
        "(see \"Tables\" in [templates.md](templates.md#tables)). `size` in `em` is relative to the body text; " +
        "every other `em` length, `leading` included, to the table's own size.",
        [
            new("header-weight", "`bold` or `normal`: the header row's weight", "`bold`") { Example = "normal" },
            new("padding", "around each cell's text: one length, or two (top and bottom, then left and right)", "`0.2em 0.5em`")
                { Example = "2.5pt 5pt" },
            new("rule-color", "the rules' colour, `\"#rrggbb\"`", "the text's colour") { Example = "\"#4a4a4a\"" },
            new("rule-thickness", "the rules above and below the table; 0 for none", "0.5pt") { Example = "0.6pt" },
            new("header-rule-thickness", "the rule under the header row", "the `rule-thickness`") { Example = "0.4pt" },
            new("min-size", "a table too wide for the page sets its text smaller, down to this, before it cuts words " +
                "(print only)", "`0.75em`") { Example = "6.5pt" },
            new("space-before", "space above the table", "`0.5em`") { Example = "8pt" },
            new("space-after", "space below the table", "`0.5em`") { Example = "8pt" },
        ],
        StyleKeys.Text);

    public static readonly TemplateKeySet References = new("`references`",
        "Numbered figures, tables, code listings and displayed formulas and the references to them (`{#fig:harbour}` on a figure, `{#lst:main}` at the end of a fence's line, `{#tbl:prices}` at the " +
        "end of a table's caption, `Table: Prices {#tbl:prices}` right after it; `@fig:harbour` in the text; " +
        "`@sec:intro` gives the title of the heading labelled `{#sec:intro}`).",
        [
            new("numbering", "`book` (Figure 1, 2, 3… through the book) or `chapter` (Figure 2.3: the third of " +
                "chapter 2)", "`book`") { Example = "chapter" },
            new("figure", "the word before a figure's number, in its caption and in references", "the book's language's " +
                "(Figure, Abbildung, Рисунок, 図…; English for a language Publisher has no word for)") { Example = "Fig.", AnyText = true },
            new("table", "the word before a table's number", "the book's language's (Table, Tabelle, Таблица, 表…)")
                { Example = "Tab.", AnyText = true },
            new("listing", "the word before a code listing's number (`{#lst:name}` on a fence)", "the book's language's " +
                "(Listing, Listado, Листинг…)") { Example = "Code", AnyText = true },
            new("equation", "the word before a displayed formula's number in a reference (`{#eq:name}`): \"Equation (3)\"; the " +
                "formula shows \"(3)\" at its right", "the book's language's (Equation, Gleichung, Уравнение…)") { Example = "Eq.", AnyText = true },
            new("page", "`true`: in the PDF, a reference adds the page of what it names (\"Figure 3 on page 12\"); the EPUB, which has " +
                "no pages, keeps \"Figure 3\"", "`false`") { Example = "true" },
            new("on-page", "the words before that page number", "the book's language's (on page, auf Seite, на с.…)") { Example = "p.", AnyText = true },
        ]);

    public static readonly TemplateKeySet Footnotes = new("`footnotes`",
        "Notes, set at the foot of the page that calls them under a short rule (in the EPUB, pop-up notes). " +
        "Left out: 0.8 × the body size, the body's alignment, " +
        "indent 1.5em, gap one body line, rule 30% × 0.5pt, reference 0.7em raised 0.35em.",
        [
            new("align", "`justify`, `left`, `right` or `center`", "the body's") { Example = "left" },
            new("indent", "the hanging indent the note's number stands in", "1.5em") { Example = "1.4em" },
            new("gap", "between the text and the notes; the rule sits in its middle", "one body line") { Example = "12pt" },
            new("rule-width", "the rule's length, a length or a share of the text width (`30%`)", "30%") { Example = "35mm" },
            new("rule-thickness", "0 for no rule", "0.5pt") { Example = "0.4pt" },
            new("reference-size", "the note's number in the text: `0.7em` is relative to the text it stands in; " +
                "superscripts and subscripts take this size too", "`0.7em`") { Example = "0.65em" },
            new("reference-rise", "how far that number is raised (subscripts drop by half of it)", "`0.35em`") { Example = "0.4em" },
        ],
        StyleKeys.Text);

    public static readonly TemplateKeySet Callouts = new("`callouts`",
        "Callouts: GitHub's alerts (`> [!NOTE]`) and the `:::tip` containers of Docusaurus and VitePress. Each opens " +
        "with its title in bold in its kind's colour, between a rule above and a thinner one below, in both formats " +
        "(see \"Callouts\" in [templates.md](templates.md#callouts)). Each kind takes a colour, `\"#rrggbb\"`.",
        [
            new("note", "a note (also `info`, `abstract`, `summary`, `seealso`, `example`, `quote`)", "`#1f4e8c`") { Example = "\"#1f4e8c\"" },
            new("tip", "a tip (also `hint`, `success`, `check`)", "`#2b6a2f`") { Example = "\"#2b6a2f\"" },
            new("important", "something important", "`#5c3b8f`") { Example = "\"#5c3b8f\"" },
            new("warning", "a warning (also `attention`, `question`)", "`#9a4c00`") { Example = "\"#9a4c00\"" },
            new("caution", "a caution (also `danger`, `error`, `failure`, `bug`)", "`#a11d1d`") { Example = "\"#a11d1d\"" },
        ]);
}
