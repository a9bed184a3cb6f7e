using Publisher.Core.Books;
using Publisher.Layout.Pages;
using Publisher.Typesetting;

namespace Publisher.Pdf.Tests.Scripts;

/// <summary>
/// A chapter's front matter <c>lang:</c> decides its direction, the design of its Chinese characters and its
/// hyphenation, in a book of another language: an Arabic chapter of an English book starts at the right.
/// </summary>
public sealed class ChapterLanguageTests
{
    private static readonly Lazy<(Book Book, List<Page> Pages)> Laid = new(() =>
    {
        var root = TestBooks.Write("title: Languages\nlanguage: en\nchapters: [01.md, 02.md, 03.md, 04.md]\n",
            ("01.md", "# English\n\nAn English paragraph that is long enough to be set on more than one line of the page, " +
                      "so that its first line starts at the left margin as English does.\n"),
            ("02.md", "---\nlang: ar\n---\n\n# العربية\n\nكما تبدأ العديد من الأشياء الجميلة في الحياة، بدأت Git كنوع من التدمير المبدع المثير للجدل.\n"),
            ("03.md", "---\nlang: ja\n---\n\n# 日本語\n\n直線を引く。\n"),
            ("04.md", "# Spans\n\nIn Japanese *真直ぐ*{lang=ja}, in Chinese 真直. Right to left: *abc שלום*{dir=rtl} done.\n"));
        var book = new Project(root).LoadBook("sample", TestBooks.Epoch);
        return (book, Typesetter.Paginate(book));
    });

    private static IEnumerable<GlyphRun> Runs(string containing) =>
        Laid.Value.Pages.SelectMany(p => p.Items.OfType<GlyphRun>().Select(r => (p, r)))
            .Where(x => x.r.Text.Contains(containing)).Select(x => x.r);

    [Fact]
    public void An_arabic_chapter_of_an_english_book_starts_its_paragraph_at_the_right_margin()
    {
        var page = Laid.Value.Pages.First(p => p.Items.OfType<GlyphRun>().Any(r => r.Text.Contains("كما تبدأ")));
        var first = page.Items.OfType<GlyphRun>().First(r => r.Text.Contains("كما تبدأ"));
        Assert.True(first.RightToLeft);
        Assert.InRange(first.Right, page.TextArea.Right - 0.5, page.TextArea.Right + 0.5);
        var english = Runs("An English paragraph").First();
        Assert.False(english.RightToLeft);
    }

    [Fact]
    public void A_span_in_another_language_takes_its_fonts_and_one_in_another_direction_is_ordered_as_such()
    {
        Assert.Equal("Noto Serif CJK JP", Runs("真直ぐ").First().Face.Description.Family);
        Assert.Equal("Noto Serif CJK SC", Runs("真直").Last().Face.Description.Family);
        // In a right-to-left span its words are ordered from the right: the Hebrew word, written second, stands left of "abc".
        var abc = Runs("abc").First();
        var hebrew = Runs("שלום").First();
        Assert.True(hebrew.Right <= abc.Left + 0.01, $"the Hebrew ends at {hebrew.Right}, abc starts at {abc.Left}");
        Assert.True(Runs("done").First().Left >= abc.Right - 0.01, "what follows the span stands after it");
    }

    [Fact]
    public void A_span_in_another_language_is_a_span_element_with_its_language()
    {
        var root = TestBooks.Write("title: Spans\nlanguage: en\n", ("01.md", "# Spans\n\nIn Japanese *真直ぐ*{lang=ja} here.\n"));
        var dictionaries = Tagging.QdfFile.Of(TestBooks.Build(root, "sample").Pdf).Dictionaries().ToList();
        Assert.Contains(dictionaries, d => d.Contains("/S /Span", StringComparison.Ordinal) && d.Contains("/Lang (ja)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_japanese_chapter_of_an_english_book_takes_the_japanese_design_of_its_ideographs()
    {
        Assert.Equal("Noto Serif CJK JP", Runs("直線").First().Face.Description.Family);
        Assert.Equal("ja", Laid.Value.Book.LanguageOf(Laid.Value.Book.Chapters[2]));
    }
}
