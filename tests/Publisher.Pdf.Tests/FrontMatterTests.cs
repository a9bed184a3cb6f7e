using System.Globalization;
using System.Text;
using Publisher.Typesetting.Building;
using Publisher.Pdf.Rendering;
using Publisher.Typesetting.Contents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>Cover, title page, imprint, contents and page numbers, read back from the PDF as a reader meets them.</summary>
public class FrontMatterTests
{
    private static readonly Lazy<(Core.Books.Book Book, byte[] Pdf)> Guide = new(() => TestBooks.Build(TestBooks.RepoRoot, "guide"));

    /// <summary>The label a viewer shows for page <paramref name="number"/> (from 1), read from the catalog's /PageLabels.</summary>
    private static string Label(PdfDocument document, int number)
    {
        var range = document.PageLabelRanges().Last(r => r.Index < number);
        var n = number - range.Index;
        return range.Style == "r" ? PageLabels.Roman(n) : n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Words below the text area: the folio, if the page has one.</summary>
    private static string Footer(Page page, Core.Books.Book book) => string.Join(" ",
        page.GetWords().Where(w => w.BoundingBox.Top < book.Template.Page.MarginBottom).Select(w => w.Text));

    private static string PageText(byte[] pdf, int page) =>
        Poppler.Run("pdftotext", pdf, "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}");

    [Fact]
    public void The_catalog_numbers_the_front_matter_in_roman_and_the_text_from_1_and_the_folios_agree()
    {
        var (book, pdf) = Guide.Value;
        using var document = TestBooks.Open(pdf);
        var body = document.FirstChapterPage();
        // Cover, its blank back, title page, imprint, contents, a blank page: the text opens on page 7.
        Assert.Equal([(0, "r"), (6, "D")], document.PageLabelRanges());
        Assert.Equal(7, body);
        Assert.Equal(["i", "ii", "iii", "iv", "v", "vi", "1", "2"], Enumerable.Range(1, 8).Select(n => Label(document, n)));

        var folios = 0;
        foreach (var page in document.GetPages())
        {
            var footer = Footer(page, book);
            if (page.Number is 1 or 3 or 4) Assert.Equal("", footer); // cover, title page, imprint: no folio
            if (footer.Length == 0) continue;
            Assert.Equal(Label(document, page.Number), footer);
            folios++;
        }
        Assert.Equal("v", Footer(document.GetPage(5), book)); // the contents
        Assert.True(folios >= document.NumberOfPages - 8, $"only {folios} folios");
    }

    [Fact]
    public void The_contents_list_the_guide_s_chapters_and_sections_with_the_page_labels_of_their_headings()
    {
        var (book, pdf) = Guide.Value;
        using var document = TestBooks.Open(pdf);
        var contents = document.GetPage(5);
        Assert.Equal("Contents", contents.GetWords().First().Text);
        var expected = BookOutline.From(book).Where(e => e.Depth < book.Template.Toc.Depth).ToList();
        AssertEntriesLandOnTheirHeadings(document, pdf, [contents], expected.Count);
        // Sections stand further in than their chapters.
        var getting = contents.GetWords().First(w => w.Text == "Getting");
        var first = contents.GetWords().First(w => w.Text == "Your");
        Assert.True(first.BoundingBox.Left > getting.BoundingBox.Left + 5);
    }

    [Fact]
    public void Contents_over_several_pages_still_give_the_right_numbers_and_every_link_lands_on_its_heading()
    {
        // Sixty sections take the contents over two pages and more; the numbers must be those of the finished book.
        var chapters = Enumerable.Range(1, 6).Select(c => ($"{c:00}.md", new StringBuilder($"# Chapter {c}\n\n")
            .AppendJoin("", Enumerable.Range(1, 10).Select(s =>
                $"## Section {c}.{s}\n\n{string.Join(" ", Enumerable.Repeat($"Words of section {c}.{s} fill the page.", 25))}\n\n"))
            .ToString())).ToArray();
        var (book, pdf) = TestBooks.Build(TestBooks.Write("title: Long contents\nlanguage: en\n", chapters), "sample");
        using var document = TestBooks.Open(pdf);
        var body = document.FirstChapterPage();
        var tocPages = document.GetPages().Take(body - 1).Where(p => p.GetAnnotations().Any(a => a.Type == AnnotationType.Link)).ToList();
        Assert.True(tocPages.Count >= 2, $"the contents take {tocPages.Count} page(s)");
        AssertEntriesLandOnTheirHeadings(document, pdf, tocPages, 66);
    }

    /// <summary>
    /// Each link on the contents pages: its words end in the page number; that number is the label of the page
    /// the link opens, and that page carries the entry's heading.
    /// </summary>
    private static void AssertEntriesLandOnTheirHeadings(PdfDocument document, byte[] pdf, List<Page> tocPages, int entries)
    {
        var seen = 0;
        foreach (var page in tocPages)
        {
            foreach (var link in page.GetAnnotations().Where(a => a.Type == AnnotationType.Link))
            {
                var target = Assert.IsType<GoToAction>(link.Action).Destination.PageNumber;
                var r = link.Rectangle;
                var words = page.GetWords()
                    .Where(w => w.BoundingBox.Centroid.Y > r.Bottom && w.BoundingBox.Centroid.Y < r.Top)
                    .Where(w => !w.Text.All(c => c == '.'))
                    .OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList();
                var number = words[^1];
                // PdfPig reads the ligature glyphs ("ﬁ"); pdftotext gives the letters.
                var title = string.Join(" ", words.Take(words.Count - 1))
                    .Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB03", "ffi").Replace("\uFB04", "ffl");
                Assert.Equal(Label(document, target), number);
                var heading = PageText(pdf, target);
                Assert.True(heading.Contains(title, StringComparison.Ordinal), $"'{title}' -> page {target} ({number})");
                seen++;
            }
        }
        Assert.Equal(entries, seen);
    }

    [Fact]
    public void The_contents_numbers_stand_flush_right_after_a_dot_leader()
    {
        var (book, pdf) = Guide.Value;
        using var document = TestBooks.Open(pdf);
        var contents = document.GetPage(5);
        var textRight = contents.Width - book.Template.Page.MarginOuter; // page 5 is a right-hand page
        var numbers = contents.GetWords().Where(w => w.Text.All(char.IsAsciiDigit)).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Equal(textRight, n.Letters[^1].EndBaseLine.X, 0));
        Assert.Contains(contents.Letters, l => l.Value == ".");
    }

    [Fact]
    public void Cover_title_and_imprint_read_as_book_yml_says()
    {
        var (_, pdf) = Guide.Value;
        Assert.Equal("Publisher The user guide The Publisher developers", Words(PageText(pdf, 1)));
        Assert.Equal("", Words(PageText(pdf, 2)));
        Assert.Equal("Publisher The user guide The Publisher developers", Words(PageText(pdf, 3)));
        Assert.Equal("The Publisher project First edition 2026-11-25 © 2026 The Publisher developers", Words(PageText(pdf, 4)));
    }

    [Fact]
    public void A_cover_image_fills_the_first_page_edge_to_edge_with_nothing_else_on_it()
    {
        var root = TestBooks.Write("title: Covered\nlanguage: en\ncover: cover.png\n", ("01.md", "# One\n\nText.\n"));
        // Taller than A5 in proportion: it must be cropped at top and bottom, not squeezed.
        File.WriteAllBytes(Path.Combine(root, "content", "sample", "cover.png"), TestImages.Png(300, 600));
        var (_, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        var cover = document.GetPage(1);
        Assert.Empty(cover.GetWords());
        Assert.DoesNotContain(cover.GetAnnotations(), a => a.Type == AnnotationType.Link);
        var image = Assert.Single(cover.GetImages()).BoundingBox;
        Assert.Equal(cover.Width, image.Width, 0);              // the width just fits...
        Assert.True(image.Height > cover.Height + 100);         // ...the height overflows and is cropped
        Assert.InRange((image.Top + image.Bottom) / 2, cover.Height / 2 - 1, cover.Height / 2 + 1); // centred
        Assert.Equal("", Poppler.Run("pdftotext", pdf, "-f", "1", "-l", "1").Trim());
        // The cover keeps its place in the numbering but shows no folio; the title page follows on a right-hand page.
        Assert.Equal("Covered", Words(PageText(pdf, 3)));
    }

    [Fact]
    public void The_imprint_stands_at_the_foot_of_the_title_page_s_back_with_the_isbn()
    {
        var root = TestBooks.Write("""
            title: Numbered
            language: en
            publisher: Small Press
            edition: Second edition
            rights: © 2026 A. Writer
            isbn: 978-3-16-148410-0
            """, ("01.md", "# One\n\nText.\n"));
        var (book, pdf) = TestBooks.Build(root, "sample");
        using var document = TestBooks.Open(pdf);
        var imprint = document.GetPage(4);
        Assert.Equal("Small Press Second edition © 2026 A. Writer ISBN 978-3-16-148410-0", Words(PageText(pdf, 4)));
        var last = imprint.GetWords().Last();
        Assert.InRange(last.BoundingBox.Bottom, book.Template.Page.MarginBottom - 4, book.Template.Page.MarginBottom + 4); // at the foot of the text area
        Assert.Equal("", Footer(imprint, book));
    }

    private static string Words(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
