using System.Globalization;
using Publisher.Typesetting.Building;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>The index at the back: its page numbers are the labels of the pages where the terms stand, each a link to the place.</summary>
public class IndexTests
{
    // Quokka stands on the first text page, Wombat two pages on, Numbat on the page after; Dingo (a sub-term) with Wombat.
    private static readonly Lazy<byte[]> Pdf = new(() =>
    {
        var root = TestBooks.Write("title: Marked\nlanguage: en\ntemplate: indexed\n",
            ("01.md", $"# One\n\nThe [Quokka]{{.index}} lives here.\n\n{TestBooks.Filler(900)}\n\n" +
                      "A [quokka]{.index} again, and a [wombat]{.index} with a [dingo]{index=\"wombat!and dingo\"}.\n\n" +
                      $"{TestBooks.Filler(450)}\n\nThe [quokka]{{.index}} and the [Numbat]{{.index}} end it.\n"),
            ("02.md", "# Two\n\nA [wombat]{.index} once more.\n"));
        Directory.CreateDirectory(Path.Combine(root, "templates", "indexed"));
        File.WriteAllText(Path.Combine(root, "templates", "indexed", "template.yml"), "extends: booklet\ntoc:\n  enabled: true\n");
        return TestBooks.Build(root, "sample").Pdf;
    });


    private static string Text(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    private static Page IndexPage(PdfDocument document) => document.GetPages().Last(p => Text(p).StartsWith("Index", StringComparison.Ordinal));

    /// <summary>The pages (from 1) where <paramref name="word"/> stands in the text, the index left aside.</summary>
    private static List<int> PagesWith(PdfDocument document, string word, int before) =>
        document.GetPages().Where(p => p.Number < before && p.GetWords().Any(w => w.Text.Trim('.', ',') == word)).Select(p => p.Number).ToList();

    [Fact]
    public void Each_term_lists_the_labels_of_its_pages_joined_in_runs_under_its_letter()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var index = IndexPage(document);
        var text = Text(index);
        var quokka = PagesWith(document, "quokka", index.Number).Concat(PagesWith(document, "Quokka", index.Number)).Distinct().Order().ToList();
        var wombat = PagesWith(document, "wombat", index.Number);
        Assert.Equal(3, quokka.Count);
        Assert.Equal(quokka[0] + 2, quokka[1]);
        Assert.Equal(quokka[1] + 1, quokka[2]);
        // One entry for Quokka and quokka, its pages once each, the last two joined.
        Assert.Contains($"Q quokka, {document.PageLabel(quokka[0])}, {document.PageLabel(quokka[1])}–{document.PageLabel(quokka[2])}", text);
        Assert.Contains($"N Numbat, {document.PageLabel(quokka[2])}", text);
        Assert.Contains($"W wombat, {document.PageLabel(wombat[0])}, {document.PageLabel(wombat[1])} and dingo, {document.PageLabel(wombat[0])}", text);
        // Letters in the language's order: N before Q before W.
        Assert.True(text.IndexOf("Numbat", StringComparison.Ordinal) < text.IndexOf("quokka", StringComparison.Ordinal)
                    && text.IndexOf("quokka", StringComparison.Ordinal) < text.IndexOf("wombat", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_number_links_to_the_line_where_the_term_stands()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var index = IndexPage(document);
        var links = index.GetAnnotations().Where(a => a.Action is GoToAction).ToList();
        // quokka 3 numbers, Numbat 1, wombat 2, dingo 1.
        Assert.Equal(7, links.Count);
        var numbat = PagesWith(document, "Numbat", index.Number).Single();
        var toNumbat = links.Where(l => ((GoToAction)l.Action!).Destination.PageNumber == numbat).ToList();
        Assert.NotEmpty(toNumbat);
        // The destination stands at the top of the line that holds the marked word.
        var word = document.GetPage(numbat).GetWords().First(w => w.Text == "Numbat").BoundingBox;
        var top = ((GoToAction)toNumbat[^1].Action!).Destination.Coordinates.Top!.Value;
        Assert.InRange(top, word.Top, word.Top + 6);
    }

    [Fact]
    public void The_index_is_in_the_contents_and_the_bookmarks()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var index = IndexPage(document);
        Assert.Contains(document.GetPages(), p => Text(p).StartsWith("Contents", StringComparison.Ordinal) && Text(p).Replace(" .", "").Replace(".", "").Contains($"Index {document.PageLabel(index.Number)}"));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.GetNodes(), b => b.Title == "Index");
    }

    [Fact]
    public void A_term_written_the_other_way_than_the_book_keeps_its_pages_after_it()
    {
        var root = TestBooks.Write("title: R\nlanguage: en\n", ("01.md", "# One\n\nA greeting, [مرحبا]{.index}.\n"));
        using var document = TestBooks.Open(TestBooks.Build(root, "sample").Pdf);
        var index = IndexPage(document);
        var arabic = index.Letters.Where(l => l.Value.Any(c => c is >= '\u0600' and <= '\u06FF')).ToList();
        Assert.NotEmpty(arabic);
        var page = index.Letters.Single(l => l.Value == "1" && Math.Abs(l.StartBaseLine.Y - arabic[0].StartBaseLine.Y) < 1);
        // Read left to right, as the English index reads: the term, then its page ("مرحبا, 1", not "1 ,مرحبا").
        Assert.True(arabic.Max(l => l.BoundingBox.Right) < page.BoundingBox.Left, "the page number stands after the term");
    }
}
