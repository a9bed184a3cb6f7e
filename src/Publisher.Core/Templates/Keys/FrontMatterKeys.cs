namespace Publisher.Core.Templates.Keys;

/// <summary>The keys of the pages before the first chapter: cover, title page, imprint and contents (PDF).</summary>
public static class FrontMatterKeys
{
    /// <summary>The three lines the cover and the title page both set from book.yml (declared before they are used).</summary>
    private static readonly TemplateKey[] TitleLines =
    [
        new("title", "the title's style", "the body's style, centred") { Mapping = StyleKeys.Block },
        new("subtitle", "the subtitle's style", "the body's style, centred") { Mapping = StyleKeys.Block },
        new("authors", "the authors' style", "the body's style, centred") { Mapping = StyleKeys.Block },
    ];

    public static readonly TemplateKeySet Cover = new("`cover`",
        "The PDF's first page when book.yml names no `cover:` image (with one, the image fills the page edge to " +
        "edge and no text is drawn on it). Left out: the PDF opens with the cover image if there is one, else " +
        "with the title page.",
        [
            new("enabled", "`true`: a typographic cover, with the book's title, subtitle and authors", "`false`") { Example = "true" },
            .. TitleLines,
            new("top", "where the title starts, as a share of the text area's height", "33%") { Example = "22%" },
        ]);

    public static readonly TemplateKeySet TitlePage = new("`title-page`",
        "A title page on the next right-hand page (in the EPUB, a title page document). When the typographic " +
        "cover shows the same lines and no imprint or contents follow, the cover serves as the title page.",
        [
            new("enabled", "`true`: a title page", "`false`") { Example = "true" },
            .. TitleLines,
            new("top", "where the title block starts, as a share of the text area's height", "33%") { Example = "38%" },
        ]);

    public static readonly TemplateKeySet Imprint = new("`imprint`",
        "The imprint (copyright) page on the back of the title page, set at its foot: book.yml's `publisher`, " +
        "`edition`, `date`, `rights` and `isbn` (or an explicit `identifier`), one to a line, only those given; " +
        "a book that gives none of them has no imprint page. Each line is set as a block.",
        [
            new("enabled", "`true`: an imprint page (also `imprint.xhtml` in the EPUB)", "`false`") { Example = "true" },
        ],
        StyleKeys.Block);

    public static readonly TemplateKeySet Toc = new("`toc`",
        "A printed table of contents on the next right-hand page (the PDF's bookmarks and the EPUB's navigation " +
        "are there either way). Each entry links to its heading; the page numbers are those printed on the " +
        "pages. A book of a single entry gets none.",
        [
            new("enabled", "`true`: printed contents", "`false`") { Example = "true" },
            new("depth", "`1`: chapters; `2`: and their sections (h2); `3`: and subsections (h3). The PDF's bookmarks and " +
                "the EPUB's navigation go as deep, whether or not the contents are printed", "2") { Example = "3" },
            new("title", "the heading over the contents, also its running head on a second page", "`Contents`")
                { Example = "Table of Contents", AnyText = true },
            new("list-of-figures", "a list of the numbered figures (`{#fig:name}`) after the contents, each with its page, " +
                "and in the EPUB's navigation: `true` (titled List of Figures), or its title", "none")
                { Example = "Figures", AnyText = true },
            new("list-of-tables", "the same for the numbered tables (`{#tbl:name}`)", "none") { Example = "Tables", AnyText = true },
            new("title-style", "that heading's style", "the body's style") { Mapping = StyleKeys.Block },
            new("level1", "the style of the chapters' entries; the page number and the leader take the entry's size",
                "the body's style") { Mapping = StyleKeys.Block },
            new("level2", "the same for sections", "the body's style") { Mapping = StyleKeys.Block },
            new("level3", "the same for subsections", "the body's style") { Mapping = StyleKeys.Block },
            new("indent", "how much further in each level stands than the one above, a length", "1.5 × the body size") { Example = "1.4em" },
            new("leader", "the characters repeated between an entry and its page number; `\"\"` for none", "`.`")
                { Example = "\"·\"", AnyText = true },
        ]);
}
