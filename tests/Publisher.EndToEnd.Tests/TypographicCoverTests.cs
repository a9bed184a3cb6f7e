using System.IO.Compression;
using System.Xml.Linq;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// A book whose book.yml names no cover image gets a typographic cover in the PDF (title, subtitle
/// and authors set as the template's cover section says). Its EPUB shows the same cover as its
/// cover picture, so that a store or a reader's library shows the book rather than a blank tile.
/// </summary>
public sealed class TypographicCoverTests
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    [Fact]
    public void The_epub_of_a_book_without_a_cover_image_has_the_pdfs_typographic_cover_as_its_cover_picture()
    {
        using var project = TempProject.From("content-only");
        // A coloured title, to see that the picture takes the template's colours.
        project.Write("templates/booklet/template.yml", "extends: booklet\ncover:\n  title: { color: \"#8b1a1a\" }\n");

        var result = project.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var epub = ZipFile.OpenRead(project.PathOf("out/sample.epub"));
        var package = XDocument.Parse(Text(epub, "EPUB/package.opf"));
        var item = Assert.Single(package.Descendants(Opf + "item"), i => (string?)i.Attribute("properties") == "cover-image");
        Assert.Equal("image/png", (string?)item.Attribute("media-type"));
        var picture = Bytes(epub, "EPUB/" + (string)item.Attribute("href")!);

        // The cover page opens the reading order and shows the picture, named for a reader who cannot see it.
        var spine = package.Descendants(Opf + "itemref").Select(r => (string)r.Attribute("idref")!).ToList();
        var coverPage = package.Descendants(Opf + "item").Single(i => (string?)i.Attribute("id") == spine[0]);
        Assert.Equal("cover.xhtml", (string?)coverPage.Attribute("href"));
        var img = Assert.Single(XDocument.Parse(Text(epub, "EPUB/cover.xhtml")).Descendants(Xhtml + "img"));
        Assert.Equal((string?)item.Attribute("href"), (string?)img.Attribute("src"));
        Assert.Equal("Cover: A Sample Booklet, by Ada Lovelace", (string?)img.Attribute("alt"));
        var landmarks = XDocument.Parse(Text(epub, "EPUB/nav.xhtml")).Descendants(Xhtml + "nav")
            .Single(n => (string?)n.Attribute(Ops + "type") == "landmarks");
        Assert.Contains(landmarks.Descendants(Xhtml + "a"),
            a => (string?)a.Attribute(Ops + "type") == "cover" && (string?)a.Attribute("href") == "cover.xhtml");

        // The picture is the PDF's first page: its shape, ink where that page has words and nowhere else,
        // the title in the template's colour.
        using var bitmap = SKBitmap.Decode(picture);
        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();
        Assert.Contains("Booklet", words.Select(w => w.Text));
        Assert.True(bitmap.Width >= 1400, $"{bitmap.Width} pixels wide: stores ask for 1400 or more");
        Assert.Equal(page.Height / page.Width, (double)bitmap.Height / bitmap.Width, 2);
        var scale = bitmap.Width / page.Width;
        SKRectI Box(UglyToad.PdfPig.Core.PdfRectangle box, double grow) => new(
            (int)Math.Floor((box.Left - grow) * scale), (int)Math.Floor((page.Height - box.Top - grow) * scale),
            (int)Math.Ceiling((box.Right + grow) * scale), (int)Math.Ceiling((page.Height - box.Bottom + grow) * scale));
        foreach (var word in words)
            Assert.True(Pixels(bitmap, Box(word.BoundingBox, 0)).Any(Inked), $"no ink where the PDF's cover has '{word.Text}'");
        // PdfPig's boxes stop at the baseline: descenders (the p of Sample) reach below them.
        var near = words.Select(w => Box(w.BoundingBox, 0.4 * w.Letters[0].PointSize)).ToList();
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
            Assert.True(!Inked(pixels[i]) || near.Any(b => b.Contains(i % bitmap.Width, i / bitmap.Width)),
                $"ink at ({i % bitmap.Width}, {i / bitmap.Width}), where the PDF's cover has nothing");
        var title = words.Single(w => w.Text == "Booklet");
        var darkest = Pixels(bitmap, Box(title.BoundingBox, 0)).MinBy(c => c.Red + c.Green + c.Blue);
        Assert.True(Math.Abs(darkest.Red - 0x8b) <= 8 && Math.Abs(darkest.Green - 0x1a) <= 8 && Math.Abs(darkest.Blue - 0x1a) <= 8,
            $"the title is {darkest}, not the template's #8b1a1a");

        var check = Tools.Epubcheck(project.PathOf("out/sample.epub"));
        Assert.Contains("No errors or warnings detected", check);
    }

    private static bool Inked(SKColor c) => c.Red + c.Green + c.Blue < 3 * 200;

    private static IEnumerable<SKColor> Pixels(SKBitmap bitmap, SKRectI box)
    {
        for (var y = Math.Max(0, box.Top); y < Math.Min(bitmap.Height, box.Bottom); y++)
            for (var x = Math.Max(0, box.Left); x < Math.Min(bitmap.Width, box.Right); x++)
                yield return bitmap.GetPixel(x, y);
    }

    private static string Text(ZipArchive epub, string name) => System.Text.Encoding.UTF8.GetString(Bytes(epub, name));

    private static byte[] Bytes(ZipArchive epub, string name)
    {
        using var stream = epub.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
