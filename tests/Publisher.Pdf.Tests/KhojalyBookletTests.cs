using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Tokens;

namespace Publisher.Pdf.Tests;

/// <summary>The first publication, content/khojaly, read back as a reader and a printer would.</summary>
public class KhojalyBookletTests
{
    private static readonly Lazy<(Core.Books.Book Book, byte[] Pdf)> Built = new(() => TestBooks.Build(TestBooks.RepoRoot, "khojaly"));

    private static byte[] Pdf => Built.Value.Pdf;

    private static string[] SeedParagraphs() =>
        File.ReadAllText(Path.Combine(TestBooks.RepoRoot, "content/khojaly/khojaly.md"))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Pages_are_A5_and_the_text_takes_two_of_them_after_the_cover()
    {
        using var document = TestBooks.Open(Pdf);
        // Total-fit breaking (spaces may shrink) sets the text in two pages; first-fit needed three.
        // The booklet is one folded sheet: the cover (which is the title page: khojaly has no imprint
        // and a single entry, so no contents), its blank back, and the text on the spread inside.
        Assert.Equal(4, document.NumberOfPages);
        Assert.Empty(document.GetPage(2).GetWords());
        Assert.Equal(3, document.FirstChapterPage());
        Assert.Contains(document.GetPage(3).GetWords(), w => w.Text == "Thirty-three");
        Assert.Contains(document.GetPage(4).GetWords(), w => w.Text == "conclusions.");
        foreach (var page in document.GetPages())
        {
            Assert.Equal(419.5, page.Width, 0);   // 148 mm
            Assert.Equal(595.3, page.Height, 0);  // 210 mm
        }
        Assert.Equal("Khojaly", string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Every_paragraph_of_the_seed_reads_back_in_order()
    {
        // pdftotext honours the text Skia attached to each glyph run: "fi", not the ligature glyph.
        // A hyphen the line breaking added reads as a soft hyphen (its /ActualText): the word goes on on the next line.
        var text = Poppler.Run("pdftotext", Pdf, "-enc", "UTF-8").Replace("\u00AD\n", "");
        // Running heads and folios are not part of the text; drop them before joining lines.
        var body = string.Join(" ", text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l != "Khojaly" && !Regex.IsMatch(l, @"^\d+$")));
        var expected = string.Join(" ", SeedParagraphs());
        Assert.Equal(expected, Regex.Replace(body, @"\s+", " ").Replace("\f", "").Trim());
        Assert.DoesNotContain(text, c => c is >= '\uFB00' and <= '\uFB06');
    }

    [Fact]
    public void Fonts_are_embedded_and_subset()
    {
        var fonts = Poppler.Run("pdffonts", Pdf);
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Matches(@"^[A-Z]{6}\+Noto", row);
            Assert.Matches(@"\s+yes\s+yes\s+yes\s+", row); // embedded, subset, ToUnicode
        }
        Assert.True(Pdf.Length < 150 * 1024, $"the booklet is {Pdf.Length / 1024} KB");
    }

    [Fact]
    public void Metadata_names_title_language_and_the_source_date()
    {
        using var document = TestBooks.Open(Pdf);
        Assert.Equal("Khojaly", document.Information.Title);
        Assert.Equal("D:20231114221320+00'00'", document.Information.CreationDate);
        Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken lang));
        Assert.Equal("en", lang.Data);
    }

    [Fact]
    public void No_glyph_lies_outside_the_text_area_except_running_heads_and_folios()
    {
        var page = Built.Value.Book.Template.Page;
        using var document = TestBooks.Open(Pdf);
        foreach (var p in document.GetPages())
        {
            var left = page.Facing && p.Number % 2 == 0 ? page.MarginOuter : page.MarginInner;
            var top = p.Height - page.MarginTop;     // PDF y grows upwards
            var bottom = page.MarginBottom;
            // Layout places advances exactly at the margins; a glyph's ink may overhang its
            // advance by a fraction of a point (round letters, italics), as in any typesetter.
            const double overhang = 1.0;
            foreach (var letter in p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.InRange(box.Left, left - overhang, left + page.TextWidth + overhang);
                Assert.InRange(box.Right, left - overhang, left + page.TextWidth + overhang);
                var inTextArea = box.Bottom >= bottom - 4 && box.Top <= top + 4;
                var inHeadOrFoot = box.Bottom > 14 && box.Top < p.Height - 14; // clear of the trim by 14 pt
                Assert.True(inTextArea || inHeadOrFoot, $"page {p.Number}: '{letter.Value}' at {box}");
            }
        }
    }

    [Fact]
    public void Folios_stand_on_the_outer_side_and_not_on_the_cover()
    {
        using var document = TestBooks.Open(Pdf);
        Assert.Equal("Khojaly", string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)));
        // The text is numbered from 1 where it starts, on the right-hand page 3.
        var folio1 = document.GetPage(3).GetWords().Single(w => w.Text == "1");
        var folio2 = document.GetPage(4).GetWords().Single(w => w.Text == "2");
        Assert.True(folio1.BoundingBox.Right > 300, "odd pages: folio on the right");
        Assert.True(folio2.BoundingBox.Left < 100, "even pages: folio on the left");
    }

    [Fact]
    public void A_second_build_is_byte_identical()
    {
        var (_, again) = TestBooks.Build(TestBooks.RepoRoot, "khojaly");
        Assert.Equal(Pdf, again);
        var (_, otherDate) = TestBooks.Build(TestBooks.RepoRoot, "khojaly", "1800000000");
        Assert.NotEqual(Pdf, otherDate);
    }
}
