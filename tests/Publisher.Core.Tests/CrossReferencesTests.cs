using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Markdown;
using Publisher.Core.References;

namespace Publisher.Core.Tests;

/// <summary>Labelled figures are numbered once for both formats, and @label becomes a link naming its target.</summary>
public sealed class CrossReferencesTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // A valid 1×1 PNG.
    private static readonly byte[] Pixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private Book Load(string one, string two = "# Two\n", string template = "", string language = "en",
        List<Publisher.Core.Diagnostics.Diagnostic>? errors = null)
    {
        _folder.Write("content/b/book.yml", $"title: B\nlanguage: {language}\n" + (template.Length > 0 ? "template: t\n" : ""));
        if (template.Length > 0)
        {
            _folder.CopyShippedTemplates();
            _folder.Write("templates/t/template.yml", "extends: booklet\n" + template);
        }
        _folder.Write("content/b/01-one.md", one);
        _folder.Write("content/b/02-two.md", two);
        File.WriteAllBytes(_folder.PathOf("content/b/h.png"), Pixel);
        return new Project(_folder.Root).LoadBook("b", "0", errors);
    }

    private static List<LinkInline> Links(Chapter chapter) =>
        chapter.Document.Descendants<LinkInline>().Where(l => !l.IsImage).ToList();

    private static string Text(LinkInline link) => BookLoader.PlainText(link);

    private static List<string?> Numbers(Chapter chapter) =>
        chapter.Document.Descendants<ParagraphBlock>().Where(p => Figures.Image(p) is not null).Select(Figures.Number).ToList();

    [Fact]
    public void Labelled_figures_are_numbered_through_the_book_and_references_link_to_them_by_number()
    {
        var book = Load("# One\n\nAs @fig:harbour shows.\n\n![Harbour](h.png){#fig:harbour}\n\n![Not labelled](h.png)\n",
            "# Two\n\n![Quay](h.png){#fig:quay}\n\nSee @fig:harbour and @fig:quay.\n");

        Assert.Equal(["Figure 1", null], Numbers(book.Chapters[0]));
        // What the lists of figures show, in reading order.
        Assert.Equal([("fig:harbour", "Figure 1: Harbour", "01-one.md"), ("fig:quay", "Figure 2: Quay", "02-two.md")],
            book.Numbered.Select(n => (n.Label, n.Entry, Path.GetFileName(n.Chapter.SourcePath))));
        Assert.Equal(["Figure 2"], Numbers(book.Chapters[1]));
        var one = Links(book.Chapters[0]);
        Assert.Equal(("#fig:harbour", "Figure 1"), (one[0].Url, Text(one[0])));
        // The words around the reference stay where they were.
        Assert.Equal("As Figure 1 shows.", BookLoader.PlainText(book.Chapters[0].Document.Descendants<ParagraphBlock>().First().Inline));
        var two = Links(book.Chapters[1]);
        Assert.Equal([("01-one.md#fig:harbour", "Figure 1"), ("#fig:quay", "Figure 2")], two.Select(l => (l.Url, Text(l))));
        // The label is the figure's id, so that both formats put it on the figure itself.
        var figure = book.Chapters[0].Document.Descendants<ParagraphBlock>().First(p => Figures.Image(p) is not null);
        Assert.Equal("fig:harbour", Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(figure)?.Id);
        Assert.Empty(book.Warnings);
    }

    [Fact]
    public void Numbering_per_chapter_and_the_word_come_from_the_template()
    {
        var book = Load("# One\n\n![A](h.png){#fig:a}\n\n![B](h.png){#fig:b}\n", "# Two\n\n![C](h.png){#fig:c}\n\nSee @fig:b.\n",
            template: "references:\n  numbering: chapter\n  figure: Fig.\n");

        Assert.Equal(["Fig. 1.1", "Fig. 1.2"], Numbers(book.Chapters[0]));
        Assert.Equal(["Fig. 2.1"], Numbers(book.Chapters[1]));
        Assert.Equal("Fig. 1.2", Text(Links(book.Chapters[1]).Single()));
    }

    [Fact]
    public void The_word_is_the_books_language()
    {
        var book = Load("# Eins\n\n![A](h.png){#fig:a}\n", language: "de");
        Assert.Equal(["Abbildung 1"], Numbers(book.Chapters[0]));
    }

    [Fact]
    public void A_section_reference_gives_the_headings_title()
    {
        var book = Load("# One\n\nRead @sec:setup first.\n", "# Two\n\n## Setting up `git` {#sec:setup}\n");
        var link = Links(book.Chapters[0]).Single();
        Assert.Equal(("02-two.md#sec:setup", "Setting up git"), (link.Url, Text(link)));
    }

    [Fact]
    public void An_at_sign_inside_a_word_or_without_a_known_prefix_stays_text()
    {
        var book = Load("# One\n\nMail me@fig:x or @someone, or @fig: alone.\n");
        Assert.Empty(Links(book.Chapters[0]));
        Assert.Empty(book.Chapters[0].Document.Descendants<CrossReferenceInline>());
    }

    [Fact]
    public void A_reference_to_no_label_is_an_error_at_its_place_with_the_nearest_label()
    {
        var error = Expect.Failure(() => Load("# One\n\n![A](h.png){#fig:harbour}\n\nSee\nthe @fig:harbor now.\n"));
        Assert.Equal("content/b/01-one.md:6:5: error PUB048: reference to '@fig:harbor', but nothing in the book is labelled " +
                     "'fig:harbor' (did you mean 'fig:harbour'?)", error);
    }

    [Fact]
    public void A_label_given_in_two_chapters_is_an_error_at_the_second()
    {
        var error = Expect.Failure(() => Load("# One\n\n![A](h.png){#fig:a}\n", "# Two\n\n![B](h.png){#fig:a}\n"));
        Assert.Equal("content/b/02-two.md:3:12: error PUB049: label 'fig:a' is already given in content/b/01-one.md; " +
                     "a label names one thing in the book", error);
    }

    [Fact]
    public void A_label_on_nothing_numbered_is_a_warning_and_references_to_it_fail()
    {
        var book = Load("# One\n\nJust text. {#fig:text}\n");
        var warning = Assert.Single(book.Warnings);
        Assert.Equal("content/b/01-one.md:3:12: warning PUB054: label 'fig:text' is not on a figure (an image alone in its " +
                     "paragraph): nothing is numbered, and '@fig:text' finds nothing", warning.ToString());
    }

    // Tables take their caption from a "Table:" paragraph beside them, and its label.

    [Fact]
    public void A_caption_after_or_before_a_table_loses_its_prefix_and_labels_the_table()
    {
        var book = Load("# One\n\nSee @tbl:prices and @tbl:before.\n\n| Item | Price |\n|---|---:|\n| Tea | 3 |\n\n" +
                        "Table: Prices *in 2026* {#tbl:prices}\n\nTable: Before {#tbl:before}\n\n| A |\n|---|\n| 1 |\n\n| X |\n|---|\n| none |\n");
        var tables = book.Chapters[0].Document.Descendants<Markdig.Extensions.Tables.Table>().ToList();
        Assert.Equal(["Prices in 2026", "Before", null],
            tables.Select(t => TableCaptions.Caption(t) is { } c ? BookLoader.PlainText(c.Inline).Trim() : null));
        Assert.Equal(["Table 1", "Table 2", null], tables.Select(TableCaptions.Number));
        Assert.Equal(["tbl:prices", "tbl:before", null], tables.Select(t => Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(t)?.Id));
        Assert.Equal([("#tbl:prices", "Table 1"), ("#tbl:before", "Table 2")], Links(book.Chapters[0]).Select(l => (l.Url, Text(l))));
        Assert.Empty(book.Warnings);
    }

    [Fact]
    public void A_table_label_on_a_paragraph_that_is_no_caption_is_a_warning()
    {
        var book = Load("# One\n\nJust text {#tbl:x}\n");
        Assert.Equal("PUB054", Assert.Single(book.Warnings).Code);
    }

    // A fenced code block labelled {#lst:name} is a numbered listing; its title attribute ends its caption.

    [Fact]
    public void Labelled_fences_are_numbered_listings_with_their_titles_and_references_name_them()
    {
        var book = Load("# Один\n\nСм. @lst:count.\n\n```python {#lst:count title=\"Подсчёт слов\"}\nprint(1)\n```\n\n" +
                        "```text\nunlabelled\n```\n\n```sh {#lst:run}\nls\n```\n", language: "ru");
        var fences = book.Chapters[0].Document.Descendants<FencedCodeBlock>().ToList();
        Assert.Equal(["Листинг 1: Подсчёт слов", null, "Листинг 2"], fences.Select(Listings.Caption));
        var link = Assert.Single(Links(book.Chapters[0]));
        Assert.Equal(("#lst:count", "Листинг 1"), (link.Url, Text(link)));
    }

    [Fact]
    public void A_reference_inside_a_links_text_is_its_words_only()
    {
        var book = Load("# One\n\n## Setup {#sec:setup}\n\nSee [the part on @sec:setup](https://example.org) and @sec:setup.\n");
        var links = Links(book.Chapters[0]);
        Assert.Equal([("https://example.org", "the part on Setup"), ("#sec:setup", "Setup")], links.Select(l => (l.Url, Text(l))));
        Assert.Empty(links[0].Descendants<LinkInline>());
    }

    /// <summary>A hostile book's thousands of unknown references: a nearest label is looked for the first hundred only.</summary>
    [Fact]
    public void Only_the_first_hundred_unknown_references_get_a_nearest_label()
    {
        var errors = new List<Publisher.Core.Diagnostics.Diagnostic>();
        Load("# One\n\n## Setup {#sec:setup}\n\n" + string.Join(' ', Enumerable.Repeat("@sec:setp", 101)) + "\n", errors: errors);
        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.EndsWith("(did you mean 'sec:setup'?)", e.Message));
        Assert.DoesNotContain("did you mean", errors[100].Message);
    }

    [Fact]
    public void Labelled_formulas_are_numbered_in_every_way_they_are_labelled_and_a_tag_keeps_its_own()
    {
        var book = Load("# One\n\nSee @eq:a, @eq:b and @eq:c.\n\n$$ {#eq:a}\nx = 1\n$$\n\n$$\ny = 2\n$$ {#eq:b}\n\n" +
                        "$$ z = 3 \\tag{T} $$ {#eq:t}\n\n$$ w = 4 $$ {#eq:c}\n\nAnd @eq:t.\n",
            "# Two\n\n$$\nv = 5\n$$ {#eq:d}\n\nBack to @eq:d.\n", template: "references:\n  numbering: chapter\n");
        var texts = Links(book.Chapters[0]).Select(Text).ToList();
        Assert.Equal(["Equation (1.1)", "Equation (1.2)", "Equation (1.3)", "Equation (T)"], texts);
        Assert.Equal(["Equation (2.1)"], Links(book.Chapters[1]).Select(Text));
        var formulas = book.Chapters[0].Document.Descendants().Where(n => Publisher.Core.Mathematics.Formulas.Of(n) is not null)
            .Select(Publisher.Core.Mathematics.Formulas.Number).ToList();
        Assert.Equal(["(1.1)", "(1.2)", "(T)", "(1.3)"], formulas);
    }
}
