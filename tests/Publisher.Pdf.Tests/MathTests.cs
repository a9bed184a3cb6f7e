using Publisher.Pdf.Tests.Tagging;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Formulas in the PDF, laid out with the template's math font: what a reader of the page gets from them, where they
/// stand, their numbers and the references to them, and the Formula elements a screen reader finds.
/// </summary>
public class MathTests
{
    private const string Wide = @"a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_9 + a_{10} + a_{11} + a_{12} + a_{13} + a_{14} + a_{15} + a_{16} + a_{17} + a_{18} + a_{19} + a_{20} + a_{21} + a_{22}";

    private static readonly Lazy<(Core.Books.Book Book, byte[] Pdf)> Built = new(() =>
    {
        var root = TestBooks.Write("title: Formulas\nlanguage: en\n",
            ("01.md", "# One\n\nQuokka $\\alpha^2 + \\frac{a}{b}$ stands in the line, and Wombat @eq:gauss follows.\n\n" +
                      "$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$ {#eq:gauss}\n\nNumbat line after.\n\n" +
                      $"$$\n{Wide}\n$$\n"));
        return TestBooks.Build(root, "sample");
    });

    private static string Text(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    [Fact]
    public void A_formulas_glyphs_read_as_the_mathematical_characters_they_show()
    {
        var text = Poppler.Run("pdftotext", Built.Value.Pdf, "-layout");
        // Italic letters are Unicode's mathematical italics; the fraction's parts read in order.
        Assert.Contains("𝛼2 + 𝑎", text);
        Assert.Contains("∫", text);
        Assert.Contains("Equation (1)", text);
    }

    [Fact]
    public void An_inline_formula_sits_on_the_baseline_and_the_line_grows_to_hold_it()
    {
        using var document = TestBooks.Open(Built.Value.Pdf);
        var page = document.GetPages().First(p => p.GetWords().Any(w => w.Text == "Quokka"));
        var words = page.GetWords().ToList();
        var quokka = words.First(w => w.Text == "Quokka");
        var alpha = page.Letters.First(l => l.Value == "𝛼");
        Assert.InRange(alpha.StartBaseLine.Y, quokka.Letters[0].StartBaseLine.Y - 0.01, quokka.Letters[0].StartBaseLine.Y + 0.01);
        // The fraction's denominator (b) goes below the baseline, and nothing of the next line comes within it.
        var b = page.Letters.Where(l => l.Value == "𝑏").OrderBy(l => l.StartBaseLine.Y).First();
        Assert.True(b.StartBaseLine.Y < quokka.Letters[0].StartBaseLine.Y);
        var nextLine = words.Where(w => w.BoundingBox.Top < b.BoundingBox.Bottom).ToList();
        Assert.All(nextLine, w => Assert.True(w.BoundingBox.Top < b.BoundingBox.Bottom));
    }

    [Fact]
    public void A_displayed_formula_is_centred_with_its_number_at_the_right_and_a_reference_leads_to_it()
    {
        using var document = TestBooks.Open(Built.Value.Pdf);
        var page = document.GetPages().First(p => p.Letters.Any(l => l.Value == "∫"));
        var integral = page.Letters.First(l => l.Value == "∫");
        // The last "(1)": the first is the reference's, in the text.
        var number = page.GetWords().Last(w => w.Text == "(1)");
        // At the right margin: nothing on the page reaches further right (the booklet's outer margin is 15 mm).
        var textRight = page.GetWords().Max(w => w.BoundingBox.Right);
        Assert.Equal(textRight, number.BoundingBox.Right, 0.5);
        Assert.InRange(number.BoundingBox.Right, page.Width - 15 / 25.4 * 72 - 1, page.Width - 15 / 25.4 * 72 + 1);
        var formula = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - number.Letters[0].StartBaseLine.Y) < 12 && l.Value != "(" && l.Value != ")" && l.Value != "1").ToList();
        var middle = (formula.Min(l => l.BoundingBox.Left) + formula.Max(l => l.BoundingBox.Right)) / 2;
        var textLeft = page.GetWords().Min(w => w.BoundingBox.Left);
        Assert.InRange(middle, (textLeft + textRight) / 2 - 6, (textLeft + textRight) / 2 + 6);
        Assert.True(integral.BoundingBox.Left > textLeft + 20, "the formula is centred, not at the margin");
        var from = document.GetPages().First(p => p.GetWords().Any(w => w.Text == "Wombat"));
        Assert.Contains(from.GetAnnotations(), a => a.Action is GoToAction go && go.Destination.PageNumber == page.Number);
    }

    [Fact]
    public void A_formula_too_wide_for_the_text_is_set_smaller_within_it_with_a_warning()
    {
        var (book, pdf) = Built.Value;
        using var document = TestBooks.Open(pdf);
        var page = document.GetPages().First(p => p.Letters.Any(l => l.Value == "𝑎"));
        var textLeft = page.GetWords().Where(w => w.Text is "Quokka" or "Numbat").Min(w => w.BoundingBox.Left);
        var textRight = page.GetWords().Where(w => !w.Letters.Any(l => l.Value is "𝑎")).Max(w => w.BoundingBox.Right);
        Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, textLeft - 1, textRight + 1));
        var warning = Assert.Single(new Typesetting.Typesetter().Typeset(book).Warnings, w => w.Code == Core.Diagnostics.DiagnosticCodes.FormulaTooWide);
        Assert.Equal("content/sample/01.md:11:1", $"{warning.Location.Path}:{warning.Location.Line}:{warning.Location.Column}");
    }

    [Fact]
    public void A_character_no_font_of_the_formula_has_stops_the_build_at_its_place()
    {
        var root = TestBooks.Write("title: F\nlanguage: en\n", ("01.md", "# One\n\nA face $x + 😀$ here.\n"));
        var e = Assert.Throws<Core.Diagnostics.BuildFailedException>(() => TestBooks.Build(root, "sample"));
        Assert.Equal("content/sample/01.md:3:8", $"{e.Diagnostic.Location.Path}:{e.Diagnostic.Location.Line}:{e.Diagnostic.Location.Column}");
        Assert.Contains("'😀' (U+1F600)", e.Diagnostic.Message);
    }

    [Fact]
    public void An_inline_formula_wider_than_a_line_is_set_smaller_within_the_text()
    {
        var root = TestBooks.Write("title: F\nlanguage: en\n", ("01.md", $"# One\n\nWide ${string.Join(" + ", Enumerable.Range(1, 60).Select(i => $"a_{{{i}}}"))}$ here.\n"));
        using var document = TestBooks.Open(TestBooks.Build(root, "sample").Pdf);
        var page = document.GetPages().First(p => p.GetWords().Any(w => w.Text == "Wide"));
        var right = page.Width - 15 / 25.4 * 72;
        Assert.All(page.Letters.Where(l => l.Value == "𝑎"), l => Assert.True(l.BoundingBox.Right <= right + 0.5, $"{l.BoundingBox.Right} > {right}"));
    }

    [Fact]
    public void A_long_tag_goes_on_a_line_of_its_own_and_a_formula_taller_than_a_page_is_set_smaller_within_it()
    {
        var rows = string.Concat(Enumerable.Repeat(@"a \\ ", 300));
        var root = TestBooks.Write("title: F\nlanguage: en\n", ("01.md",
            "# One\n\n$$\nx = y \\tag{a tag as long as a sentence that goes on and on}\n$$\n\n" +
            $"$$\n\\begin{{matrix}} {rows} \\end{{matrix}}\n$$\n"));
        var (book, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        foreach (var page in document.GetPages())
            Assert.All(page.Letters, l =>
            {
                Assert.InRange(l.BoundingBox.Left, 0, page.Width);
                Assert.InRange(l.BoundingBox.Right, 0, page.Width - 15 / 25.4 * 72 + 1);
                // The matrix's letters stay above the bottom margin (20 mm), where only the folio stands.
                if (l.Value == "𝑎") Assert.InRange(l.BoundingBox.Bottom, 20 / 25.4 * 72 - 1, page.Height);
            });
        var tagged = document.GetPages().First(p => p.GetWords().Any(w => w.Text == "sentence"));
        var x = tagged.Letters.First(l => l.Value == "𝑥");
        var tag = tagged.GetWords().First(w => w.Text == "sentence");
        Assert.True(tag.BoundingBox.Top < x.BoundingBox.Bottom, "the long tag stands below the formula");
        Assert.Contains(new Typesetting.Typesetter().Typeset(book).Warnings, w => w.Code == Core.Diagnostics.DiagnosticCodes.FormulaTooWide && w.Message.Contains("tall"));
    }

    [Fact]
    public void Each_formula_is_a_Formula_element_whose_alternative_text_is_its_source()
    {
        var dictionaries = QdfFile.Of(Built.Value.Pdf).Dictionaries().Where(d => d.Contains("/S /Formula", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, dictionaries.Count);
        Assert.Contains(dictionaries, d => d.Contains(@"/Alt (\\alpha^2 + \\frac{a}{b})", StringComparison.Ordinal));
    }
}
