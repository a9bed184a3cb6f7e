using Publisher.Core.Books;
using Publisher.Typesetting.Building;
using Publisher.Pdf.Rendering;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>The imposed booklet: each side of each A4 landscape sheet carries the right two pages, at the fold.</summary>
public class ImpositionTests
{
    [Fact]
    public void Saddle_stitch_puts_the_first_and_last_pages_on_the_outer_sheet()
    {
        // Twelve pages make three sheets; folded and nested, they read 1 to 12.
        Assert.Equal(
            [(12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)],
            SaddleStitch.Sides(12).Select(s => (s.Left!.Value, s.Right!.Value)));
        // Five pages still need two whole sheets; the missing pages are blank halves.
        Assert.Equal(
            [new SheetSide(null, 1), new SheetSide(2, null), new SheetSide(null, 3), new SheetSide(4, 5)],
            SaddleStitch.Sides(5));
    }

    [Fact]
    public void Each_half_of_each_imposed_side_holds_the_page_saddle_stitching_puts_there()
    {
        var khojaly = PrintTemplates.Khojaly().Text;
        var root = PrintTemplates.Project("  imposition: saddle-stitch\n",
            ("01.md", "# First\n\n" + khojaly), ("02.md", "# Second\n\n" + khojaly), ("03.md", "# Third\n\n" + khojaly));
        var book = new Project(root).LoadBook("sample", TestBooks.Epoch);
        using var main = new MemoryStream();
        var result = new PdfBookWriter().Write(book, main);
        var imposedFile = Assert.Single(result.Companions);
        Assert.Equal("-imposed", imposedFile.Suffix);

        using var document = TestBooks.Open(main.ToArray());
        using var imposed = TestBooks.Open(imposedFile.Bytes);
        // The booklet's front matter (cover and its blank back, title page, its blank back, contents, a blank page:
        // i to vi) and the three chapters (1 to 9) fill 15 pages, padded to 16: four sheets, eight sides.
        Assert.Equal([(0, "r"), (6, "D")], document.PageLabelRanges());
        Assert.Equal(16, document.NumberOfPages);
        Assert.Equal(8, imposed.NumberOfPages);
        Assert.Equal(8, imposedFile.Pages);
        (int Left, int Right)[] order = [(16, 1), (2, 15), (14, 3), (4, 13), (12, 5), (6, 11), (10, 7), (8, 9)];
        var labels = new PageLabels(document.FirstChapterPage() - 1);

        var foliosSeen = 0;
        for (var side = 0; side < order.Length; side++)
        {
            var sheet = imposed.GetPage(side + 1);
            // A4 landscape: 297 x 210 mm.
            Assert.Equal(297 * 72 / 25.4, sheet.Width, 0.01);
            Assert.Equal(210 * 72 / 25.4, sheet.Height, 0.01);
            var fold = sheet.Width / 2;
            foreach (var (number, onLeft) in new[] { (order[side].Left, true), (order[side].Right, false) })
            {
                var half = sheet.Letters.Where(l => onLeft ? l.BoundingBox.Centroid.X < fold : l.BoundingBox.Centroid.X >= fold).ToList();
                var page = document.GetPage(number).Letters.ToList();
                Assert.True(Text(page) == Text(half), $"side {side + 1}, {(onLeft ? "left" : "right")}: expected page {number}");
                // The folio is the page's label (v on the contents, 1 on the first chapter's opening page).
                var folio = labels.Label(number - 1);
                if (page.Count > 0 && BottomWord(page) == folio)
                {
                    Assert.Equal(folio, BottomWord(half));
                    foliosSeen++;
                }
            }
        }
        // Most pages carry a folio (cover, title page and blank pages do not): the check above ran on them.
        Assert.True(foliosSeen >= 8, $"only {foliosSeen} folios");
        PrintTemplates.AssertQpdfAccepts(imposedFile.Bytes);
    }

    [Fact]
    public void The_A5_pages_meet_at_the_fold_at_their_own_size()
    {
        var (book, _) = TestBooks.Build(TestBooks.RepoRoot, "khojaly");
        using var main = new MemoryStream();
        var imposedFile = Assert.Single(new PdfBookWriter().Write(book, main).Companions);
        using var imposed = TestBooks.Open(imposedFile.Bytes);
        using var document = TestBooks.Open(main.ToArray());
        var sides = SaddleStitch.Sides(document.NumberOfPages);
        Assert.Equal(sides.Count, imposed.NumberOfPages);
        var checkedHalves = (Left: 0, Right: 0);
        for (var s = 0; s < sides.Count; s++)
        {
            var sheet = imposed.GetPage(s + 1);
            var fold = sheet.Width / 2;
            foreach (var (number, onLeft) in new[] { (sides[s].Left, true), (sides[s].Right, false) })
            {
                // Blank pages (the cover's back, the padding) have no letter to place.
                var first = number is { } n ? FirstLetter(document.GetPage(n).Letters) : null;
                if (first is null) continue;
                var onSheet = FirstLetter(sheet.Letters.Where(l => onLeft == l.BoundingBox.Centroid.X < fold));
                Assert.NotNull(onSheet);
                // A left page ends at the fold, a right page starts there: its first letter stands where it stood
                // on its own page, shifted by the sheet's half-width minus the page's width (or by the half-width),
                // and at the same size.
                var shift = onLeft ? fold - book.Template.Page.Width : fold;
                Assert.Equal(first.BoundingBox.Left + shift, onSheet.BoundingBox.Left, 0.5);
                Assert.Equal(first.BoundingBox.Height, onSheet.BoundingBox.Height, 0.05);
                checkedHalves = onLeft ? (checkedHalves.Left + 1, checkedHalves.Right) : (checkedHalves.Left, checkedHalves.Right + 1);
            }
        }
        // Khojaly's cover and its two pages of text: at least one page with text on each side of the fold.
        Assert.True(checkedHalves is { Left: > 0, Right: > 0 }, $"checked {checkedHalves}");
    }

    private static Letter? FirstLetter(IEnumerable<Letter> letters) =>
        letters.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l.Value));

    private static string Text(IEnumerable<Letter> letters) =>
        string.Concat(letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.Value));

    /// <summary>The lowest line's text on the page: the folio, where there is one.</summary>
    private static string BottomWord(IReadOnlyList<Letter> letters)
    {
        var bottom = letters.Min(l => l.BoundingBox.Bottom);
        return Text(letters.Where(l => Math.Abs(l.BoundingBox.Bottom - bottom) < 1).OrderBy(l => l.BoundingBox.Left));
    }
}

/// <summary>A book too long to fold and staple is not imposed, and the build says so at the template's line.</summary>
public class LongBookImpositionTests
{
    [Fact]
    public void A_book_of_more_than_96_pages_gets_a_warning_instead_of_an_imposed_file()
    {
        var khojaly = PrintTemplates.Khojaly().Text;
        var chapters = Enumerable.Range(1, 34).Select(i => ($"{i:00}.md", $"# Part {i}\n\n{khojaly}")).ToArray();
        var root = PrintTemplates.Project("  imposition: saddle-stitch\n", chapters);
        var book = new Project(root).LoadBook("sample", TestBooks.Epoch);
        using var main = new MemoryStream();

        var result = new PdfBookWriter().Write(book, main);

        Assert.True(result.Pages > PdfBookWriter.MaxSaddleStitchPages, $"{result.Pages} pages");
        Assert.Empty(result.Companions);
        var template = File.ReadAllLines(Path.Combine(root, "templates", "print", "template.yml"));
        var line = Array.FindIndex(template, l => l.StartsWith("  imposition:", StringComparison.Ordinal)) + 1;
        Assert.Equal($"templates/print/template.yml:{line}:15: warning PUB070: 'page.imposition: saddle-stitch': " +
            $"{result.Pages} pages are too many to fold and staple as one booklet (at most 96); no imposed file was written",
            Assert.Single(result.Warnings).ToString());
    }

    /// <summary>A 6 × 9 in book is bound and a report printed on loose sheets: neither is a booklet to fold and staple.</summary>
    [Theory]
    [InlineData("book")]
    [InlineData("report")]
    public void A_long_book_in_a_shipped_template_for_bound_or_loose_pages_is_not_imposed_and_not_warned_about(string template)
    {
        var khojaly = PrintTemplates.Khojaly().Text;
        // Over 96 pages on A4 too.
        var chapters = Enumerable.Range(1, 48).Select(i => ($"{i:00}.md", $"# Part {i}\n\n{khojaly}")).ToArray();
        var root = TestBooks.Write($"title: Khojaly\nlanguage: en\ntemplate: {template}\n", chapters);
        var book = new Project(root).LoadBook("sample", TestBooks.Epoch);
        using var main = new MemoryStream();

        var result = new PdfBookWriter().Write(book, main);

        Assert.True(result.Pages > PdfBookWriter.MaxSaddleStitchPages, $"{result.Pages} pages");
        Assert.Empty(result.Warnings);
        Assert.Empty(result.Companions);
    }
}
