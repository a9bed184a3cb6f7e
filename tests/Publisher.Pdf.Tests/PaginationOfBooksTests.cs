using System.Text.RegularExpressions;

namespace Publisher.Pdf.Tests;

public class PaginationOfBooksTests
{
    private static string Words(int n)
    {
        string[] pool = ["the", "printer", "accepts", "pages", "whose", "lines", "never", "cross", "a", "margin"];
        return string.Join(' ', Enumerable.Range(0, n).Select(i => pool[(i * 3 + i / 7) % pool.Length]));
    }

    [Fact]
    public void A_2000_word_paragraph_paginates_with_every_word_in_order()
    {
        var text = Words(2000);
        var root = TestBooks.Write("title: Long\nlanguage: en\n", ("long.md", "# One paragraph\n\n" + text + "\n"));
        var (_, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        Assert.InRange(document.NumberOfPages, 7, 14);

        var words = document.GetPages().Skip(document.FirstChapterPage() - 1)
            .SelectMany(p => p.GetWords().Where(w => w.BoundingBox.Top < p.Height - 48 && w.BoundingBox.Bottom > 57))
            .Select(w => w.Text).ToList();
        Assert.Equal(("One paragraph " + text).Split(' '), words);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_not_overflowing()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 40));
        var root = TestBooks.Write("title: Long word\nlanguage: en\n", ("w.md", $"Before {word} after.\n"));
        var (book, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        var page = document.GetPage(document.FirstChapterPage());
        var inner = book.Template.Page.MarginInner;
        var width = book.Template.Page.TextWidth;
        Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, inner + width + 0.5));
        // The hyphen set where the word was cut reads as a soft hyphen: a break, not a character of the word.
        var text = Regex.Replace(Poppler.Run("pdftotext", pdf, "-f", $"{page.Number}", "-l", $"{page.Number}"), @"[\s\u00AD]+", "");
        Assert.Contains($"Before{word}after.", text);
    }
}
