using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Indexing;
using Publisher.Core.Markdown;

namespace Publisher.Core.Tests;

/// <summary>Index entries marked in the text become one sorted, grouped index that both formats set.</summary>
public sealed class BookIndexTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Book Load(string one, string two = "# Two\n", string language = "en", List<Diagnostic>? errors = null)
    {
        _folder.Write("content/b/book.yml", $"title: B\nlanguage: {language}\n");
        _folder.Write("content/b/01-one.md", one);
        _folder.Write("content/b/02-two.md", two);
        return new Project(_folder.Root).LoadBook("b", "0", errors);
    }

    private static string Show(Book book) => string.Join("\n", book.Index.Select(g =>
        g.Label + ": " + string.Join("; ", g.Entries.Select(e =>
            $"{e.Term} [{string.Join(",", e.Marks.Select(m => $"{m.Chapter.Index + 1}#{m.Id}"))}]" +
            string.Concat(e.SubEntries.Select(s => $" / {s.Term} [{string.Join(",", s.Marks.Select(m => $"{m.Chapter.Index + 1}#{m.Id}"))}]"))))));

    [Fact]
    public void Marked_words_become_sorted_entries_under_their_letters_each_with_its_places()
    {
        var book = Load("# One\n\nThe [harbour]{.index} at [dusk]{.index}, by the [quay]{index=\"harbour!quay\"}.\n\n" +
                        "[Harbour]{.index} lights and an [éclair]{.index}.\n",
            "# Two\n\nThe [night harbour]{index=\"harbour!at night\"} and [Eclipse]{.index}, [3D]{.index}.\n");

        Assert.Equal(
            "#: 3D [2#index:3]\n" +
            "D: dusk [1#index:2]\n" +
            "E: éclair [1#index:5]; Eclipse [2#index:2]\n" +
            "H: harbour [1#index:1,1#index:4] / at night [2#index:1] / quay [1#index:3]",
            Show(book));
    }

    [Fact]
    public void Marked_words_stay_words_in_a_span_that_carries_the_id_the_index_links_to()
    {
        var book = Load("# One\n\nThe *[outer harbour](https://example.org)* and [the *old* quay]{.index #quay}.\n");
        var span = Assert.Single(book.Chapters[0].Document.Descendants<BracketedSpan>());
        Assert.Equal("the old quay", BookLoader.PlainText(span));
        Assert.IsType<EmphasisInline>(span.FirstChild!.NextSibling);
        var attributes = span.GetAttributes();
        // The author's id is the place; the class, an instruction, is gone before either format writes the span.
        Assert.Equal("quay", attributes.Id);
        Assert.True(attributes.Classes is null or { Count: 0 });
        Assert.Equal("the old quay", Assert.Single(Assert.Single(book.Index).Entries).Term);
        // A link stays a link, and brackets without braces stay text.
        var two = Load("# One\n\nA [link][r] and [just brackets] here.\n\n[r]: https://example.org\n");
        Assert.Empty(two.Chapters[0].Document.Descendants<BracketedSpan>());
        Assert.Equal("A link and [just brackets] here.", BookLoader.PlainText(
            two.Chapters[0].Document.Descendants<Markdig.Syntax.ParagraphBlock>().First().Inline));
    }

    [Fact]
    public void Terms_sort_as_the_books_language_sorts_them()
    {
        // Swedish puts Å after Z, where English files it under A.
        var text = "# One\n\n[Åland]{.index}, [Zürich]{.index} and [Ahlberg]{.index}.\n";
        Assert.Equal("A: Ahlberg [1#index:3]; Åland [1#index:1]\nZ: Zürich [1#index:2]", Show(Load(text)));
        Assert.Equal("A: Ahlberg [1#index:3]\nZ: Zürich [1#index:2]\nÅ: Åland [1#index:1]", Show(Load(text, language: "sv")));
        // Ё sorts with Е in Russian: the group is headed Е, as ICU's index heads it.
        Assert.Equal("Г: гавань [1#index:1]\nЕ: ёлка [1#index:3]; ель [1#index:4]\nП: причал [1#index:2]",
            Show(Load("# Один\n\n[гавань]{.index} и [причал]{.index}, [ёлка]{.index} и [ель]{.index}.\n", language: "ru")));
    }

    [Fact]
    public void A_bad_entry_is_an_error_at_its_place()
    {
        var errors = new List<Diagnostic>();
        Load("# One\n\nSee [the harbour]{index=\"harbour!at night!late\"} and [x]{index=\"!quay\"}.\n", errors: errors);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.BadIndexEntry, e.Code));
        Assert.Equal((3, 5), (errors[0].Location.Line, errors[0].Location.Column));
        Assert.Contains("more than a term and a sub-term", errors[0].Message);
        Assert.Contains("empty term", errors[1].Message);
    }

    [Fact]
    public void An_index_attribute_on_anything_but_words_in_brackets_is_dropped_with_a_warning()
    {
        var book = Load("# One {index=\"harbour\"}\n\nText.\n");
        var warning = Assert.Single(book.Warnings, w => w.Code == DiagnosticCodes.AttributeDropped);
        Assert.Contains("[the harbour]{index=", warning.Message);
        Assert.Empty(book.Index);
    }

    [Fact]
    public void The_words_marked_are_the_term_as_written_and_a_formula_in_them_reads_as_its_source()
    {
        var book = Load("# One\n\n[Yahoo!]{.index} and [$\\alpha$ decay]{.index}, [$\\beta$ decay]{.index}.\n");
        Assert.Equal(["Yahoo!", "\\alpha decay", "\\beta decay"], book.Index.SelectMany(g => g.Entries).Select(e => e.Term).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_index_class_on_a_heading_is_dropped_with_a_warning()
    {
        var book = Load("# One\n\n## Ports [port]{.index}\n\nText.\n");
        Assert.Contains(book.Warnings, w => w.Code == DiagnosticCodes.AttributeDropped && w.Message.Contains("class 'index'"));
        Assert.Empty(book.Index);
    }
}
