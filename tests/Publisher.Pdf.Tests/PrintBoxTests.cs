using Publisher.Layout.Pages;
using Publisher.Typesetting.Building;
using Publisher.Typesetting.Images;
using Publisher.Pdf.Painting;
using Publisher.Pdf.Rendering;

namespace Publisher.Pdf.Tests;

/// <summary>Bleed and crop marks: the boxes a printer reads on every page, and the marks and colour it sees outside the trim.</summary>
public class PrintBoxTests
{
    private const double Mm = 72 / 25.4;
    private const double A5Width = 148 * Mm, A5Height = 210 * Mm, Bleed = 3 * Mm;

    [Fact]
    public void With_a_bleed_and_crop_marks_every_page_has_its_trim_bleed_and_a_sheet_holding_the_marks()
    {
        var (_, pdf) = TestBooks.Build(PrintTemplates.Project("  bleed: 3mm\n  crop-marks: true\n", PrintTemplates.Khojaly()), "sample");
        var pages = PrintTemplates.Boxes(pdf, 4);
        Assert.All(pages, boxes =>
        {
            var (tl, tb, tr, tt) = boxes["TrimBox"];
            var (bl, bb, br, bt) = boxes["BleedBox"];
            var (ml, mb, mr, mt) = boxes["MediaBox"];
            Assert.Equal(A5Width, tr - tl, 1);
            Assert.Equal(A5Height, tt - tb, 1);
            Assert.Equal((tl - Bleed, tb - Bleed, tr + Bleed, tt + Bleed), (bl, bb, br, bt), Near);
            // The sheet holds the bleed and, outside it, the marks: about 10 mm on every side, the trim in the middle.
            Assert.Equal((0.0, 0.0), (ml, mb));
            Assert.InRange(tl - ml, Bleed + 10 * Mm - 0.01, Bleed + 10 * Mm + 0.5);
            Assert.Equal(tl - ml, mr - tr, 0.02);
            Assert.Equal(tb - mb, mt - tt, 0.02);
        });
        PrintTemplates.AssertQpdfAccepts(pdf);
    }

    [Fact]
    public void With_a_bleed_alone_the_sheet_is_the_bleed_box()
    {
        var (_, pdf) = TestBooks.Build(PrintTemplates.Project("  bleed: 5mm\n", PrintTemplates.Khojaly()), "sample");
        Assert.All(PrintTemplates.Boxes(pdf, 4), boxes =>
        {
            var (tl, _, tr, _) = boxes["TrimBox"];
            var (bl, bb, br, bt) = boxes["BleedBox"];
            var (_, _, mr, mt) = boxes["MediaBox"];
            Assert.Equal(A5Width, tr - tl, 1);
            Assert.Equal(5 * Mm, tl - bl, 0.02);
            // The sheet is exactly the bleed box: nothing around it, nothing of it cut off.
            Assert.Equal(0, bl, 0.01);
            Assert.Equal(0, bb, 0.01);
            Assert.Equal(mr, br, 0.01);
            Assert.Equal(mt, bt, 0.01);
        });
        // Nothing is printed in the bleed of a book with no full-bleed picture: no marks without crop-marks.
        var page = PrintTemplates.Render(pdf, 2);
        var trimLeft = 5 * Mm;
        Assert.Equal(255, page.Darkest(0, 0, trimLeft - 1, page.Height - 1));
        PrintTemplates.AssertQpdfAccepts(pdf);
    }

    [Fact]
    public void Without_bleed_or_marks_the_PDF_is_what_it_was_a_page_the_size_of_the_trim_and_no_boxes()
    {
        var (_, plain) = TestBooks.Build(PrintTemplates.Project("", PrintTemplates.Khojaly()), "sample");
        var (_, zero) = TestBooks.Build(PrintTemplates.Project("  bleed: 0mm\n  crop-marks: false\n", PrintTemplates.Khojaly()), "sample");
        Assert.Equal(plain, zero);
        Assert.All(PrintTemplates.Boxes(plain, 4), boxes =>
        {
            Assert.Equal((0.0, 0.0, A5Width, A5Height), boxes["MediaBox"], Near);
            // pdfinfo shows an absent TrimBox as the MediaBox.
            Assert.Equal(boxes["MediaBox"], boxes["TrimBox"]);
        });
        Assert.Equal(-1, plain.AsSpan().IndexOf("/TrimBox"u8));
    }

    [Fact]
    public void Crop_marks_continue_the_trim_s_edges_outside_the_bleed_and_nothing_else_stands_there()
    {
        var (_, pdf) = TestBooks.Build(PrintTemplates.Project("  bleed: 3mm\n  crop-marks: true\n", PrintTemplates.Khojaly()), "sample");
        var boxes = PrintTemplates.Boxes(pdf, 1)[0];
        var (tl, tb, tr, tt) = boxes["TrimBox"];
        var page = PrintTemplates.Render(pdf, 1);
        // Screen coordinates: y grows downwards.
        var top = page.Height - tt;
        var bottom = page.Height - tb;
        var markFrom = Bleed + PrintBoxes.MarkGap;
        var markTo = markFrom + PrintBoxes.MarkLength;
        foreach (var x in new[] { tl, tr })
        foreach (var y in new[] { top, bottom })
        {
            var outX = x == tl ? -1 : 1;
            var outY = y == top ? -1 : 1;
            // A mark on the line of the trim's top or bottom edge, beside the corner, and one on the line of its side.
            var hx = x + outX * (markFrom + markTo) / 2;
            Assert.True(page.Darkest(hx - 2, y - 1, hx + 2, y + 1) < 200, $"no horizontal mark at ({hx:0}, {y:0})");
            var vy = y + outY * (markFrom + markTo) / 2;
            Assert.True(page.Darkest(x - 1, vy - 2, x + 1, vy + 2) < 200, $"no vertical mark at ({x:0}, {vy:0})");
            // The marks stop short of the bleed, and the corner beyond them is bare paper.
            var gx = x + outX * (Bleed + PrintBoxes.MarkGap / 2);
            Assert.Equal(255, page.Darkest(gx - 0.5, y - 1, gx + 0.5, y + 1));
            var cx = x + outX * (markFrom + markTo) / 2;
            var cy = y + outY * (markFrom + markTo) / 2;
            Assert.Equal(255, page.Darkest(cx - 3, cy - 3, cx + 3, cy + 3));
        }
    }

    [Fact]
    public void A_full_bleed_fill_runs_into_the_bleed_and_stops_there_while_an_ordinary_one_stops_at_the_trim()
    {
        var (book, _) = TestBooks.Build(TestBooks.RepoRoot, "khojaly");
        var print = new PrintBoxes(A5Width, A5Height, Bleed, CropMarks: true);
        var pageArea = new Rect(0, 0, A5Width, A5Height);
        var fullBleed = new Page(1, A5Width, A5Height, pageArea);
        fullBleed.Items.Add(new FillItem(pageArea, 0x000000) { FullBleed = true });
        var ordinary = new Page(2, A5Width, A5Height, pageArea);
        ordinary.Items.Add(new FillItem(pageArea, 0x000000));
        using var images = new ImageLibrary(book.Template);
        using var stream = new MemoryStream();
        PdfDocumentWriter.Write(stream, [fullBleed, ordinary], images, DocumentInfo.From(book), [], new PageLabels(0), print);
        var pdf = stream.ToArray();

        var (left, top) = print.TrimOrigin;
        var trim = (Left: left, Top: top, Right: left + A5Width, Bottom: top + A5Height);
        var bleeding = PrintTemplates.Render(pdf, 1);
        // Just inside the bleed box's left edge, halfway down: black on the full-bleed page, white on the other.
        var insideBleed = trim.Left - Bleed + 1;
        var middle = (trim.Top + trim.Bottom) / 2;
        Assert.Equal(0, bleeding.Darkest(insideBleed, middle, insideBleed + 1, middle + 1));
        Assert.Equal(0, bleeding.Darkest(trim.Right + Bleed - 2, middle, trim.Right + Bleed - 1, middle + 1));
        // Beyond the bleed the fill is cut off, so the marks stay readable.
        Assert.Equal(255, bleeding.Darkest(trim.Left - Bleed - 2, middle, trim.Left - Bleed - 1, middle + 1));
        var plain = PrintTemplates.Render(pdf, 2);
        Assert.Equal(255, plain.Darkest(insideBleed, middle, trim.Left - 1, middle + 1));
        Assert.Equal(0, plain.Darkest(trim.Left + 1, middle, trim.Left + 2, middle + 1));
    }

    [Fact]
    public void A_full_bleed_picture_grows_to_cover_the_bleed_keeping_its_proportions()
    {
        var page = new Page(1, 400, 600, new Rect(0, 0, 400, 600));
        var extended = FullBleed.Extend(new Rect(0, 0, 400, 300), page, 10);
        Assert.Equal(new Rect(-10, -10, 420, 310), extended);
        var cover = extended.CoveredBy(400, 300);
        Assert.Equal(420.0 / 400, cover.Width / 400, 6);
        Assert.Equal(400.0 / 300, cover.Width / cover.Height, 6);
        Assert.True(cover.X <= extended.X && cover.Right >= extended.Right && cover.Y <= extended.Y && cover.Bottom >= extended.Bottom);
    }

    private static readonly IEqualityComparer<(double, double, double, double)> Near =
        EqualityComparer<(double, double, double, double)>.Create((a, b) =>
            Math.Abs(a.Item1 - b.Item1) < 0.02 && Math.Abs(a.Item2 - b.Item2) < 0.02 &&
            Math.Abs(a.Item3 - b.Item3) < 0.02 && Math.Abs(a.Item4 - b.Item4) < 0.02);
}
