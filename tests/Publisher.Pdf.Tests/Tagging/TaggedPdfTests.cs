using System.Text.RegularExpressions;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Publisher.Core.Books;
using Publisher.Core.Markdown;

namespace Publisher.Pdf.Tests.Tagging;

/// <summary>
/// The PDF is tagged: its structure tree, read back by poppler, follows the Markdown's blocks in order, and
/// every mark on a page is either some element's content or an artifact. The guide and a book of every
/// construct are checked.
/// </summary>
public sealed partial class TaggedPdfTests
{
    private static readonly Lazy<(Book Book, byte[] Pdf)> Guide = new(() => TestBooks.Build(TestBooks.RepoRoot, "guide"));
    private static readonly Lazy<(Book Book, byte[] Pdf)> Constructs =
        new(() => TestBooks.Build(Path.Combine(TestBooks.RepoRoot, "tests/Fixtures"), "constructs"));

    private static (Book Book, byte[] Pdf) Built(string name) => name == "guide" ? Guide.Value : Constructs.Value;

    public static TheoryData<string> Books => ["guide", "constructs"];

    [Theory]
    [MemberData(nameof(Books))]
    public void Each_chapter_is_a_section_whose_elements_follow_its_markdown_blocks(string name)
    {
        var (book, pdf) = Built(name);
        var tree = StructureText.Read(pdf);

        var document = Assert.Single(tree.Children);
        Assert.Equal("Document", document.Role);
        var sections = document.Children.Where(c => c.Role == "Sect").ToList();
        Assert.Equal(book.Chapters.Count, sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var expected = book.Chapters[i].Document.SelectMany(ExpectedRoles).ToList();
            // Notes are read where they are printed, at the foot of a page: between any two blocks.
            var actual = sections[i].Children.Select(c => c.Role).Where(r => r != "Note").ToList();
            Assert.Equal(expected, actual);
        }
    }

    private static bool HasMath(ParagraphBlock paragraph) => paragraph.Inline!.Descendants<Markdig.Extensions.Mathematics.MathInline>().Any();

    /// <summary>A displayed formula: a $$ block, or a paragraph that is only $$…$$.</summary>
    private static bool IsDisplayFormula(Block block) => block is Markdig.Extensions.Mathematics.MathBlock
        || block is ParagraphBlock { Inline: { } inlines } && inlines.Where(i => !(i is Markdig.Syntax.Inlines.LiteralInline l && l.Content.IsEmptyOrWhitespace()))
            .ToList() is [Markdig.Extensions.Mathematics.MathInline { DelimiterCount: 2 }];

    /// <summary>The element(s) a top-level Markdown block becomes; none for what prints nothing of its own.</summary>
    private static IEnumerable<string> ExpectedRoles(Block block) => block switch
    {
        HeadingBlock heading => [$"H{Math.Clamp(heading.Level, 1, 6)}"],
        // A displayed formula is a Div holding its Formula (and its number).
        _ when IsDisplayFormula(block) => ["Div"],
        ParagraphBlock paragraph when Figures.Image(paragraph) is not null => ["Figure"],
        // A table's caption is read inside its Table, as its Caption.
        ParagraphBlock paragraph when TableCaptions.IsCaption(paragraph) => [],
        // A numbered listing's caption is read before its code.
        CodeBlock code when Listings.Number(code) is not null => ["Caption", "P"],
        ParagraphBlock or HtmlBlock or CodeBlock => ["P"],
        ListBlock or DefinitionList => ["L"],
        // GitHub's alerts are quotes to Markdig and callouts in print: a Div (docs/templates.md, "Callouts").
        Markdig.Extensions.Alerts.AlertBlock alert when Publisher.Core.Markdown.Callouts.Of(alert) is not null => ["Div"],
        QuoteBlock => ["BlockQuote"],
        Table => ["Table"],
        FootnoteGroup or ThematicBreakBlock or LinkReferenceDefinitionGroup or Markdig.Extensions.Yaml.YamlFrontMatterBlock => [],
        ContainerBlock => ["Div"],
        _ => ["P"],
    };

    [Theory]
    [MemberData(nameof(Books))]
    public void Headings_read_as_written_and_never_skip_a_level(string name)
    {
        var (book, pdf) = Built(name);
        var headings = StructureText.Read(pdf).Descendants().Where(e => HeadingRole().IsMatch(e.Role)).ToList();

        var written = book.Chapters.SelectMany(c => c.Document.Descendants<HeadingBlock>())
            .Select(h => Squeeze(BookLoader.PlainText(h.Inline))).ToList();
        // The index at the back has its title (an H1, as a chapter's) and a heading per letter (H2).
        if (book.IndexTitle is { } index) written.AddRange([Squeeze(index), .. book.Index.Select(g => Squeeze(g.Label))]);
        Assert.Equal(written, headings.Select(h => Squeeze(h.Text)));
        var level = 0;
        foreach (var heading in headings)
        {
            var next = heading.Role[1] - '0';
            Assert.True(next <= level + 1, $"'{heading.Text}' is an H{next} after an H{level}");
            level = next;
        }
    }

    [Fact]
    public void A_paragraph_reads_whole_across_its_lines_pages_and_broken_words()
    {
        // The hyphen added at a line's end has its own marked content (read as a soft hyphen): nested in the
        // paragraph's, poppler stopped reading the paragraph there.
        var (book, pdf) = Guide.Value;
        var sections = StructureText.Read(pdf).Children.Single().Children.Where(c => c.Role == "Sect").ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            // Paragraphs with formulas hold Formula elements, which read as their math letters: left out here (MathTests).
            var written = book.Chapters[i].Document.OfType<ParagraphBlock>().Where(p => Figures.Image(p) is null && !TableCaptions.IsCaption(p) && !HasMath(p))
                .Select(p => Words(Printed(p.Inline!))).ToList();
            var paragraphs = sections[i].Children.Where(c => c.Role == "P" && c.Children.All(k => k.Role == "Link")).ToList();
            var read = paragraphs.Select(p => Words(p.AllText)).ToList();
            Assert.Equal(written, read);
            // And word by word: a line's last word and the next line's first stay apart ("one parsed", not "oneparsed").
            // (Not yet across a forced line break, a backslash at a line's end: those paragraphs are left out.)
            var prose = book.Chapters[i].Document.OfType<ParagraphBlock>().Where(p => Figures.Image(p) is null && !TableCaptions.IsCaption(p) && !HasMath(p)).ToList();
            var writtenWords = prose.Select(p => WordList(Printed(p.Inline!))).ToList();
            var readWords = paragraphs.Select(p => WordList(p.AllText.Replace("\u00AD", ""))).ToList();
            var soft = prose.Select(p => !p.Inline!.Descendants<Markdig.Syntax.Inlines.LineBreakInline>().Any(b => b.IsHard)).ToList();
            Assert.Contains(true, soft);
            for (var k = 0; k < prose.Count; k++)
            {
                if (!soft[k]) continue;
                // Two words of the source, read as one: the line between them lost its space.
                var source = writtenWords[k];
                var joined = source.Zip(source.Skip(1), (a, b) => a + b).Where(pair => !source.Contains(pair)).ToHashSet();
                Assert.True(!readWords[k].Any(joined.Contains), $"words run together in: {string.Join(' ', readWords[k])}");
            }
        }
    }

    /// <summary>A paragraph's words as print sets them: its plain text, with each note's number where it is called.</summary>
    private static string Printed(Markdig.Syntax.Inlines.ContainerInline inlines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline switch
            {
                FootnoteLink { IsBackLink: false } call => call.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markdig.Syntax.Inlines.ContainerInline container => Printed(container),
                Markdig.Syntax.Inlines.LiteralInline literal => literal.Content.ToString(),
                Markdig.Syntax.Inlines.CodeInline code => code.Content,
                Markdig.Syntax.Inlines.LineBreakInline => " ",
                Markdig.Extensions.Abbreviations.AbbreviationInline abbreviation => abbreviation.Abbreviation.Label,
                _ => "",
            });
        }
        return text.ToString();
    }

    /// <summary>The text's words, each as its letters and digits (punctuation and typographic quotes set aside).</summary>
    private static List<string> WordList(string text) =>
        text.Split((char[])[' ', '\n', '\t', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries).Select(Words).Where(w => w.Length > 0).ToList();

    /// <summary>The letters and digits of a text: what is left when line ends, hyphens and the spaces around them are set aside.</summary>
    private static string Words(string text) => NotAWordCharacter().Replace(text, "");

    [GeneratedRegex(@"[^\p{L}\p{N}]")] private static partial Regex NotAWordCharacter();

    [Theory]
    [MemberData(nameof(Books))]
    public void Every_mark_on_a_page_is_in_marked_content(string name)
    {
        var qdf = QdfFile.Of(Built(name).Pdf);
        var pages = qdf.PageContents();
        Assert.NotEmpty(pages);
        for (var p = 0; p < pages.Count; p++)
        {
            var operators = ContentOperators.Read(pages[p]).ToList();
            var bare = operators.Where(o => ContentOperators.Painting.Contains(o.Operator) && o.Depth <= 0).Select(o => o.Operator).ToList();
            Assert.True(bare.Count == 0, $"page {p + 1}: {bare.Count} painting operators outside marked content ({string.Join(" ", bare.Distinct())})");
            Assert.Equal(0, operators.LastOrDefault(o => o.Operator == "EMC").Depth);
        }
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Figures_have_their_alternative_text_and_links_their_place_in_the_structure(string name)
    {
        var (book, pdf) = Built(name);
        var dictionaries = QdfFile.Of(pdf).Dictionaries().ToList();

        var figures = dictionaries.Where(d => d.Contains("/S /Figure", StringComparison.Ordinal)).ToList();
        var images = book.Chapters.SelectMany(c => c.Document.Descendants<ParagraphBlock>()).Count(p => Figures.Image(p) is not null);
        Assert.Equal(images, figures.Count);
        Assert.All(figures, f => Assert.Matches(@"/Alt \((?!\))|/Alt <", f));

        // PDF/UA asks every note for an id of its own.
        var notes = dictionaries.Where(d => d.Contains("/S /Note", StringComparison.Ordinal)).ToList();
        var ids = notes.Select(n => Regex.Match(n, @"/ID \(([^)]*)\)").Groups[1].Value).ToList();
        Assert.All(ids, id => Assert.NotEqual("", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());

        var links = dictionaries.Where(d => d.Contains("/Subtype /Link", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains("/StructParent ", l));
        Assert.All(links, l => Assert.Contains("/Contents ", l));
        // Pages with links are tabbed through in the structure's order.
        var pagesWithLinks = dictionaries.Where(d => d.Contains("/Type /Page\n", StringComparison.Ordinal) && d.Contains("/Annots", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pagesWithLinks);
        Assert.All(pagesWithLinks, p => Assert.Contains("/Tabs /S", p));
    }

    [Fact]
    public void A_link_element_holds_the_link_text_and_every_annotation_of_it_even_across_lines()
    {
        var words = string.Join(' ', Enumerable.Repeat("harbours", 30));
        var root = TestBooks.Write("title: Links\nlanguage: en\n", ("01.md",
            $"# One\n\nRead [{words}](https://example.org/h) now, then [the same place](https://example.org/h) and a note.[^n]\n\n" +
            "| Where | Link |\n|---|---|\n| Cell | [a cell link](https://example.org/c) |\n\n[^n]: The note.\n"));
        var tree = StructureText.Read(TestBooks.Build(root, "sample").Pdf);
        var paragraph = tree.Descendants().First(e => e.Role == "P" && e.AllText.StartsWith("Read ", StringComparison.Ordinal));
        var links = paragraph.Children.Where(c => c.Role == "Link").ToList();
        // The long link, the second link to the same place (a link of its own), the note's number.
        Assert.Equal(3, links.Count);
        Assert.Equal(Words(words), Words(links[0].AllText));
        Assert.True(links[0].Children.Count(c => c.Role == "Object") >= 2, "a link set on two lines has an annotation on each");
        Assert.Equal("thesameplace", Words(links[1].AllText));
        Assert.Equal("1", Words(links[2].AllText));
        Assert.All(links, link => Assert.Contains(link.Children, c => c.Role == "Object"));
        // A link in a table cell stands in its cell.
        var cell = tree.Descendants().Single(e => e.Role == "TD" && e.AllText.Contains("a cell link", StringComparison.Ordinal));
        Assert.Equal("acelllink", Words(Assert.Single(cell.Descendants(), e => e.Role == "Link").AllText));
    }

    [Fact]
    public void A_block_written_in_another_language_says_so_in_its_element()
    {
        var root = TestBooks.Write("title: Languages\nlanguage: en\n", ("01.md",
            "# One\n\nIn English.\n\nEin Absatz auf Deutsch. {lang=de}\n\n{lang=fr}\nUne phrase.\n\n## Zwei {lang=de}\n\nBack in English.\n"));
        var elements = QdfFile.Of(TestBooks.Build(root, "sample").Pdf).Dictionaries()
            .Where(d => d.Contains("/Type /StructElem", StringComparison.Ordinal)).ToList();
        // Only the three blocks in another language say one; the others read in the document's (the catalog's /Lang).
        var languages = elements.Select(d => (Role: Regex.Match(d, @"/S /(\w+)").Groups[1].Value, Lang: Regex.Match(d, @"/Lang \(([^)]*)\)")))
            .Where(e => e.Lang.Success).Select(e => $"{e.Role} {e.Lang.Groups[1].Value}").Order().ToList();
        Assert.Equal(["H2 de", "P de", "P fr"], languages);
    }

    [Fact]
    public void The_catalog_says_the_file_is_tagged_and_shows_the_title()
    {
        var catalog = Assert.Single(QdfFile.Of(Guide.Value.Pdf).Dictionaries(), d => d.Contains("/Type /Catalog", StringComparison.Ordinal));
        Assert.Matches(@"/MarkInfo <<\s*/Marked true\s*>>", catalog);
        Assert.Contains("/StructTreeRoot ", catalog);
        Assert.Matches(@"/DisplayDocTitle true", catalog);
        Assert.Contains("/Lang (en)", catalog);
    }

    [Fact]
    public void The_table_of_contents_is_a_toc_of_entries_and_list_items_have_labels_and_bodies()
    {
        var tree = StructureText.Read(Guide.Value.Pdf);
        var toc = Assert.Single(tree.Descendants(), e => e.Role == "TOC");
        Assert.Equal(BookOutlineCount(), toc.Children.Count(c => c.Role == "TOCI"));
        Assert.All(tree.Descendants().Where(e => e.Role == "LI"), item =>
            Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Role).Take(2)));
        var table = tree.Descendants().First(e => e.Role == "Table");
        // A captioned table (the guide's first) has its Caption first, then its rows.
        var rows = table.Children.SkipWhile(c => c.Role == "Caption").ToList();
        Assert.True(table.Children.Count - rows.Count <= 1);
        Assert.All(rows, row => Assert.Equal("TR", row.Role));
        Assert.All(rows[0].Children, cell => Assert.Equal(("TH", "/Scope /Column"), (cell.Role, cell.Attributes.Single())));
        Assert.All(rows.Skip(1).SelectMany(row => row.Children), cell => Assert.Equal("TD", cell.Role));
    }

    private static int BookOutlineCount() =>
        Typesetting.Contents.BookOutline.From(Guide.Value.Book).Count(e => e.Depth < Guide.Value.Book.Template.Toc.Depth);

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");

    [GeneratedRegex(@"^H[1-6]$")] private static partial Regex HeadingRole();
}
