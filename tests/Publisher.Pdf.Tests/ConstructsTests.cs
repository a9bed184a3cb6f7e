using System.Text.RegularExpressions;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace Publisher.Pdf.Tests;

/// <summary>Lists, quotes, definition lists, smart punctuation, raw HTML and links in print.</summary>
public class ConstructsTests
{
    private static readonly string Root = Path.Combine(TestBooks.RepoRoot, "tests/Fixtures");
    private static readonly Lazy<(Core.Books.Book Book, byte[] Pdf)> Built = new(() => TestBooks.Build(Root, "constructs"));

    private static string Text() => Poppler.Run("pdftotext", Built.Value.Pdf, "-enc", "UTF-8", "-layout");

    [Fact]
    public void An_ordered_list_starts_at_its_number()
    {
        var text = Text();
        Assert.Matches(@"7\.\s+seventh", text);
        Assert.Matches(@"9\.\s+ninth", text);
    }

    [Fact]
    public void Nested_lists_step_in_at_each_level()
    {
        using var document = TestBooks.Open(Built.Value.Pdf);
        var words = document.GetPage(document.FirstChapterPage()).GetWords().ToList();
        double Left(string word) => words.First(w => w.Text == word).BoundingBox.Left;
        var levels = new[] { "one", "nested", "three", "four" }.Select(Left).ToList();
        Assert.True(levels[0] < levels[1] && levels[1] < levels[2] && levels[2] < levels[3], string.Join(", ", levels));
    }

    [Fact]
    public void Task_lists_show_check_boxes_from_the_fallback_font()
    {
        var text = Text();
        Assert.Matches(@"☑\s+write the layout engine", text);
        Assert.Matches(@"☐\s+write the guide", text);
        var fonts = Poppler.Run("pdffonts", Built.Value.Pdf);
        Assert.Contains("NotoSansSymbols2", fonts);
    }

    [Fact]
    public void Smart_punctuation_sets_curly_quotes_dashes_and_ellipses()
    {
        Assert.Contains("A quote with “quotes” – and dashes — and an ellipsis…", Text());
    }

    [Fact]
    public void Definition_terms_are_bold_and_definitions_indented()
    {
        using var document = TestBooks.Open(Built.Value.Pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).ToList();
        var term = words.First(w => w.Text == "Term");
        Assert.Contains("Bold", term.Letters[0].FontName);
        var definition = words.First(w => w.Text == "Its");
        Assert.True(definition.BoundingBox.Left > term.BoundingBox.Left + 5);
    }

    [Fact]
    public void Raw_html_is_set_as_its_text_without_markup()
    {
        var text = Regex.Replace(Text(), @"\s+", " ");
        Assert.Contains("and Ctrl keys, and a bad span.", text);
        Assert.Contains("A raw block.", text);
        Assert.DoesNotContain("<", text);
    }

    [Fact]
    public void Links_are_live_inside_the_book_and_out_of_it()
    {
        using var document = TestBooks.Open(Built.Value.Pdf);
        var page = document.GetPages().First(p => p.GetWords().Any(w => w.Text == "Back"));
        var links = page.GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.Equal(3, links.Count);
        Assert.Contains(links, l => l.Action is UriAction { Uri: "https://example.org/" });
        // The two internal links jump to named destinations on the pages of their headings.
        var internalTargets = links.Where(l => l.Action is GoToAction).Select(l => ((GoToAction)l.Action!).Destination.PageNumber).ToList();
        Assert.Equal(2, internalTargets.Count);
        Assert.Contains(document.FirstChapterPage(), internalTargets); // "Lists and quotes" opens the first chapter
        Assert.Contains(page.Number, internalTargets);     // "The end" is on the same page
    }
}

public class ScriptTests
{
    [Fact]
    public void Superscripts_rise_and_subscripts_drop_in_a_smaller_size()
    {
        var root = TestBooks.Write("title: Scripts\nlanguage: en\n", ("s.md", "Water is H~2~O and a square is x^2^.\n"));
        var (_, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        var letters = document.GetPage(document.FirstChapterPage()).Letters.ToList();
        var h = letters.First(l => l.Value == "H");
        var two = letters.Where(l => l.Value == "2" && l.BoundingBox.Bottom > 100).ToList(); // not the folio
        Assert.Equal(2, two.Count);
        var x = letters.Last(l => l.Value == "x");
        Assert.True(two[0].BoundingBox.Bottom < h.BoundingBox.Bottom - 0.5, "the subscript drops below the baseline");
        Assert.True(two[1].BoundingBox.Bottom > x.BoundingBox.Bottom + 2, "the superscript rises above it");
        Assert.True(two[0].PointSize < h.PointSize);
    }
}

public class RunningHeadTests
{
    [Fact]
    public void Left_pages_carry_the_book_title_and_right_pages_the_chapter_title_but_not_chapter_openers()
    {
        var words = string.Join(" ", Enumerable.Repeat("The quick brown fox jumps over the lazy dog.", 400));
        var root = TestBooks.Write("title: The Book\nlanguage: en\n", ("01.md", $"# Opening Chapter\n\n{words}\n"));
        var (book, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        string Head(int page)
        {
            var p = document.GetPage(page);
            return string.Join(" ", p.GetWords().Where(w => w.BoundingBox.Bottom > p.Height - book.Template.Page.MarginTop).Select(w => w.Text));
        }
        var opening = document.FirstChapterPage();      // a right-hand page, after the cover and its blank back
        Assert.Equal(1, opening % 2);
        Assert.Equal("", Head(opening));                    // the chapter opens here
        Assert.Equal("The Book", Head(opening + 1));        // left-hand page
        Assert.Equal("Opening Chapter", Head(opening + 2)); // right-hand page
    }
}

public class SpacingTests
{
    [Fact]
    public void Prose_folds_runs_of_spaces_but_inline_code_keeps_them()
    {
        var root = TestBooks.Write("title: Spaces\nlanguage: en\n", ("s.md", "Two  spaces  here, and `x  y` in code.\n"));
        var (_, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        var letters = document.GetPage(document.FirstChapterPage()).Letters.ToList();
        var x = letters.Single(l => l.Value == "x");
        var y = letters.Single(l => l.Value == "y");
        var advance = x.EndBaseLine.X - x.StartBaseLine.X;   // one monospace cell
        Assert.InRange(y.StartBaseLine.X - x.EndBaseLine.X, 1.9 * advance, 2.1 * advance);
        var two = document.GetPage(document.FirstChapterPage()).GetWords().First(w => w.Text == "Two");
        var spaces = document.GetPage(document.FirstChapterPage()).GetWords().First(w => w.Text == "spaces");
        Assert.True(spaces.BoundingBox.Left - two.BoundingBox.Right < 2 * advance, "prose keeps one space");
    }
}
