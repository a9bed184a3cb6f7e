namespace Publisher.Core.Templates.Keys;

/// <summary>The keys of the index at the back of the book.</summary>
public static class IndexKeys
{
    public static readonly TemplateKeySet Index = new("`index`",
        "The index, set after the last chapter when the text marks terms for it (`[harbour]{.index}`, " +
        "`[the harbour]{index=\"harbour!at night\"}`): the terms sorted as the book's language sorts them, under their " +
        "letters, each with the pages where it is marked, every page number a link to its place. The EPUB gets an " +
        "index document in its navigation. A book that marks no term has no index.",
        [
            new("enabled", "`false`: no index, even where terms are marked", "`true`") { Example = "false" },
            new("title", "the heading over the index, also its running head and its entry in the contents",
                "the word for index in the book's language (Index, Register, 索引…)") { Example = "Index of Terms", AnyText = true },
            new("title-style", "that heading's style", "the chapters' titles' (h1)") { Mapping = StyleKeys.Block },
            new("letter", "the style of the letter over each group of terms", "the body's style, bold, a line of space above")
                { Mapping = StyleKeys.Block },
            new("entry", "the style of the entries; a sub-term takes it too, further in", "the body's style, set ragged right")
                { Mapping = StyleKeys.Block },
            new("indent", "how much further in a sub-term stands than its term, and a long entry's next lines, a length",
                "1.5 × the body size") { Example = "1em" },
        ]);
}
