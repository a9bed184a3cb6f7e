using Publisher.Core.Books;
using SkiaSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Images read back from the PDF: what is embedded (the JPEG's own bytes, the PNG's pixels,
/// the SVG as paths), where it stands (inside the text area, at most its natural size) and
/// the caption below it. PdfPig's coordinates run up from the page's bottom edge.
/// </summary>
public class ImageTests
{

    [Fact]
    public void A_JPEG_goes_into_the_PDF_byte_for_byte_as_a_DCT_stream()
    {
        var jpeg = TestImages.Jpeg(160, 120);
        var (_, pdf) = Build("# Photo\n\n![A photo](photo.jpg)\n", ("photo.jpg", jpeg));
        using var document = TestBooks.Open(pdf);

        var image = Assert.Single(document.GetPage(document.FirstChapterPage()).GetImages());
        Assert.Equal("DCTDecode", Filter(image));
        Assert.Equal(jpeg, image.RawBytes.ToArray());
    }

    [Fact]
    public void A_PNG_is_embedded_with_its_own_pixels()
    {
        var (_, pdf) = Build("# Picture\n\n![A picture](pictures/two-colours.png)\n", ("pictures/two-colours.png", TestImages.Png(120, 80)));
        using var document = TestBooks.Open(pdf);

        var image = Assert.Single(document.GetPage(document.FirstChapterPage()).GetImages());
        Assert.Equal((120, 80), (image.WidthInSamples, image.HeightInSamples));
        Assert.True(image.TryGetPng(out var png), "PdfPig could not decode the embedded image");
        using var bitmap = SKBitmap.Decode(png);
        AssertColor(TestImages.Left, bitmap.GetPixel(10, 40));
        AssertColor(TestImages.Right, bitmap.GetPixel(110, 40));
    }

    [Fact]
    public void An_SVG_is_drawn_as_vector_paths_not_as_an_image()
    {
        var (_, pdf) = Build("# Drawing\n\n![A drawing](drawing.svg)\n", ("drawing.svg", TestImages.Svg(200, 100)));
        using var document = TestBooks.Open(pdf);
        var page = document.GetPage(document.FirstChapterPage());

        Assert.Empty(page.GetImages());
        var fill = SKColor.Parse(TestImages.SvgFill);
        var rectangle = Assert.Single(page.Paths, p => p.IsFilled && p.FillColor is { } c && SameColor(fill, c.ToRGBValues()));
        var bounds = rectangle.GetBoundingRectangle()!.Value;
        // 200 × 100 CSS pixels at 96 per inch: 150 × 75 pt.
        Assert.Equal(150, bounds.Width, 0.5);
        Assert.Equal(75, bounds.Height, 0.5);
    }

    [Fact]
    public void An_SVG_cannot_pull_in_files_from_outside_the_book()
    {
        var svg = System.Text.Encoding.UTF8.GetBytes("""
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
              <rect width="100" height="100" fill="#3366cc"/>
              <image x="0" y="0" width="50" height="50" href="../outside.png"/>
              <image x="50" y="50" width="50" height="50" href="file:///{OUTSIDE}"/>
            </svg>
            """);
        var root = TestImages.Book("# Drawing\n\n![A drawing](drawing.svg)\n", ("drawing.svg", svg));
        var outside = Path.Combine(root, "content", "outside.png");
        File.WriteAllBytes(outside, TestImages.Png(20, 20));
        var path = Path.Combine(root, "content", "sample", "drawing.svg");
        File.WriteAllText(path, File.ReadAllText(path).Replace("/{OUTSIDE}", outside));

        using var document = TestBooks.Open(TestBooks.Build(root, "sample").Pdf);

        var page = document.GetPage(document.FirstChapterPage());
        Assert.Empty(page.GetImages());
        Assert.Contains(page.Paths, p => p.IsFilled && p.FillColor is { } c && SameColor(SKColor.Parse("#3366cc"), c.ToRGBValues()));
    }

    [Fact]
    public void Shapes_with_numbers_PDF_cannot_hold_are_left_out_and_the_rest_of_the_drawing_is_drawn()
    {
        // Four translations of 1e308 add up to infinity; a width of 1e20 and a font size of -1e308 are finite but absurd.
        // Each used to stop the build with an internal error ("PDF numbers are finite").
        var svg = System.Text.Encoding.UTF8.GetBytes("""
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
              <g transform="translate(1e308 0)"><g transform="translate(1e308 0)"><g transform="translate(1e308 0)">
                <rect width="10" height="10" fill="#cc3333"/>
              </g></g></g>
              <rect x="1" y="1" width="99999999999999999999" height="9" fill="#cc3333"/>
              <text x="1" y="50" font-size="-1e308">Lost</text>
              <rect x="20" y="20" width="60" height="60" fill="#3366cc"/>
              <text x="1" y="95" font-size="8">Kept</text>
            </svg>
            """);
        var (_, pdf) = Build("# Drawing\n\n![A drawing](drawing.svg)\n", ("drawing.svg", svg));
        using var document = TestBooks.Open(pdf);

        var page = document.GetPage(document.FirstChapterPage());
        Assert.Contains(page.Paths, p => p.IsFilled && p.FillColor is { } c && SameColor(SKColor.Parse("#3366cc"), c.ToRGBValues()));
        Assert.DoesNotContain(page.Paths, p => p.FillColor is { } c && SameColor(SKColor.Parse("#cc3333"), c.ToRGBValues()));
        var words = page.GetWords().Select(w => w.Text).ToList();
        Assert.Contains("Kept", words);
        Assert.DoesNotContain("Lost", words);
    }

    [Fact]
    public void Text_inside_an_SVG_is_set_in_the_templates_fonts_not_the_machines()
    {
        var svg = System.Text.Encoding.UTF8.GetBytes("""
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="80">
              <text x="10" y="30" font-family="Arial, Helvetica, sans-serif" font-size="20">Harbour</text>
              <text x="10" y="60" font-family="Courier New, monospace" font-size="20" font-weight="bold">git</text>
            </svg>
            """);
        var (_, pdf) = Build("# Diagram\n\n![A labelled diagram](diagram.svg)\n", ("diagram.svg", svg));
        using var document = TestBooks.Open(pdf);

        var words = document.GetPage(document.FirstChapterPage()).GetWords().ToList();
        Assert.Contains("NotoSerif-Regular", words.Single(w => w.Text == "Harbour").FontName);
        Assert.Contains("NotoSansMono-Bold", words.Single(w => w.Text == "git").FontName);
        Assert.Empty(document.GetPage(document.FirstChapterPage()).GetImages());
    }

    [Fact]
    public void A_small_image_keeps_its_natural_size_at_96_pixels_per_inch_centred_in_the_text()
    {
        var (book, pdf) = Build("# Small\n\n![A small picture](small.png)\n", ("small.png", TestImages.Png(64, 48)));
        using var document = TestBooks.Open(pdf);

        var image = Assert.Single(document.GetPage(document.FirstChapterPage()).GetImages());
        Assert.Equal(48, image.BoundingBox.Width, 0.1);
        Assert.Equal(36, image.BoundingBox.Height, 0.1);
        var area = TextArea(book, document.GetPage(document.FirstChapterPage()));
        Assert.Equal((area.Left + area.Right) / 2, (image.BoundingBox.Left + image.BoundingBox.Right) / 2, 0.1);
    }

    [Theory]
    [InlineData(3000, 400)]  // wider than the text
    [InlineData(400, 3000)]  // taller than a page
    public void A_large_image_is_scaled_down_into_the_text_area_keeping_its_shape_and_its_caption(int width, int height)
    {
        var (book, pdf) = Build("# Large\n\n![Figure 9. A very large picture.](large.png)\n", ("large.png", TestImages.Png(width, height)));
        using var document = TestBooks.Open(pdf);

        var page = document.GetPages().Single(p => p.GetImages().Any());
        var image = Assert.Single(page.GetImages()).BoundingBox;
        var area = TextArea(book, page);
        Assert.InRange(image.Left, area.Left - 0.1, area.Right);
        Assert.InRange(image.Right, area.Left, area.Right + 0.1);
        Assert.InRange(image.Bottom, area.Bottom, area.Top);
        Assert.InRange(image.Top, area.Bottom, area.Top + 0.1);
        Assert.Equal(width / (double)height, image.Width / image.Height, 0.01);
        // Scaled down only as far as needed: it fills the width, or the height left by its caption.
        // The caption stands whole below the image and inside the text area (descenders aside; the folio is further down).
        var caption = page.GetWords().Where(w => w.BoundingBox.Top < image.Bottom && w.BoundingBox.Bottom > area.Bottom - 3);
        Assert.Equal("Figure 9. A very large picture.", string.Join(" ", caption.Select(w => w.Text)));
        if (width > height) Assert.Equal(area.Right - area.Left, image.Width, 0.1);
        else Assert.InRange(image.Height, area.Top - area.Bottom - 40, area.Top - area.Bottom);
    }

    [Fact]
    public void The_caption_is_the_alternative_text_set_below_the_image_in_the_caption_style()
    {
        var (book, pdf) = Build("# Caption\n\n![Figure 1. A *red* and blue picture.](picture.png)\n\nThe text goes on.\n",
            ("picture.png", TestImages.Png(200, 100)));
        using var document = TestBooks.Open(pdf);
        var page = document.GetPage(document.FirstChapterPage());

        var image = Assert.Single(page.GetImages()).BoundingBox;
        var words = page.GetWords().ToList();
        var caption = words.SkipWhile(w => w.Text != "Figure").TakeWhile(w => w.Text != "The").ToList();
        Assert.Equal("Figure 1. A red and blue picture.", string.Join(" ", caption.Select(w => w.Text)));
        var gap = book.Template.Figures.Caption.SpaceBefore;
        Assert.All(caption, w => Assert.InRange(w.BoundingBox.Top, image.Bottom - gap - 12, image.Bottom));
        Assert.All(caption, w => Assert.Contains("Italic", w.FontName));
        // Centred under the image, as the booklet template asks.
        var captionCentre = (caption[0].BoundingBox.Left + caption[^1].BoundingBox.Right) / 2;
        Assert.Equal((image.Left + image.Right) / 2, captionCentre, 1.0);
        // The paragraph after it stands below the caption.
        Assert.True(words.Single(w => w.Text == "The").BoundingBox.Top < caption.Min(w => w.BoundingBox.Bottom));
    }

    [Fact]
    public void A_title_is_the_caption_and_the_alternative_text_is_not_printed()
    {
        var (_, pdf) = Build("# Title\n\n![What the picture shows](picture.png \"Figure 2. The title is the caption.\")\n",
            ("picture.png", TestImages.Png(200, 100)));
        using var document = TestBooks.Open(pdf);

        var text = string.Join(" ", document.GetPage(document.FirstChapterPage()).GetWords().Select(w => w.Text));
        Assert.Contains("Figure 2. The title is the caption.", text);
        Assert.DoesNotContain("What the picture shows", text);
    }

    [Fact]
    public void A_figure_that_does_not_fit_below_the_text_moves_whole_to_the_next_page()
    {
        var filler = string.Join("\n\n", Enumerable.Range(1, 9).Select(i =>
            $"Paragraph {i} fills the page with words so that the figure after it finds too little room at the foot."));
        var (_, pdf) = Build($"# Full page\n\n{filler}\n\n![Figure 3. Kept with its picture.](picture.png)\n",
            ("picture.png", TestImages.Png(400, 300)));
        using var document = TestBooks.Open(pdf);

        Assert.Empty(document.GetPage(document.FirstChapterPage()).GetImages());
        var next = document.GetPage(document.FirstChapterPage() + 1);
        var image = Assert.Single(next.GetImages()).BoundingBox;
        Assert.Equal(300, image.Width, 0.1); // 400 px at 96 per inch, not shrunk to squeeze in
        Assert.Contains("Figure 3. Kept with its picture.", string.Join(" ", next.GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void An_image_inside_a_line_stands_on_the_baseline_no_taller_than_the_text()
    {
        var (book, pdf) = Build("# Inline\n\nBefore ![icon](icon.png) after the icon.\n", ("icon.png", TestImages.Png(200, 200)));
        using var document = TestBooks.Open(pdf);
        var page = document.GetPage(document.FirstChapterPage());

        var image = Assert.Single(page.GetImages()).BoundingBox;
        var words = page.GetWords().ToList();
        var before = words.Single(w => w.Text == "Before");
        var after = words.Single(w => w.Text == "after");
        var baseline = before.Letters[0].StartBaseLine.Y;
        Assert.Equal(baseline, image.Bottom, 0.1);
        Assert.InRange(image.Height, 5, book.Template.Body.Text.Size * 1.1);
        Assert.Equal(image.Width, image.Height, 0.1);
        Assert.True(before.BoundingBox.Right < image.Left && image.Right < after.BoundingBox.Left, "the image is not between its words");
    }

    [Theory]
    [InlineData("broken.png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 }, "PNG")]
    [InlineData("broken.svg", new byte[] { (byte)'<', (byte)'s', (byte)'v', (byte)'g', (byte)'>' }, "SVG")]
    public void A_damaged_image_stops_the_build_at_its_place_in_the_chapter(string name, byte[] data, string kind)
    {
        var root = TestImages.Book($"# Damaged\n\nText first.\n\n![A picture]({name})\n", (name, data));

        var error = Assert.Throws<Publisher.Core.Diagnostics.BuildFailedException>(() => TestBooks.Build(root, "sample"));

        var message = error.Diagnostic.ToString().Replace('\\', '/');
        Assert.True(message.StartsWith($"content/sample/01-images.md:5:1: error PUB042: image '{name}' is not a readable {kind} file: ",
            StringComparison.Ordinal), message);
    }

    [Fact]
    public void A_picture_whose_pixel_data_is_damaged_stops_the_build_where_it_is_shown()
    {
        // The pages take only its size from its header; the PDF writer decodes it (it has an alpha channel, which
        // PDF takes as a separate mask) and finds the garbage inside its compressed pixel data.
        var png = TestImages.Png(120, 80);
        var idat = System.Text.Encoding.ASCII.GetString(png).IndexOf("IDAT", StringComparison.Ordinal);
        var length = png[idat - 4] << 24 | png[idat - 3] << 16 | png[idat - 2] << 8 | png[idat - 1];
        for (var i = idat + 4 + 2; i < idat + 4 + length; i++) png[i] = 0xFF;
        var root = TestImages.Book("# Damaged\n\nText first.\n\n![A picture](pixels.png)\n", ("pixels.png", png));

        var error = Assert.Throws<Publisher.Core.Diagnostics.BuildFailedException>(() => TestBooks.Build(root, "sample"));

        Assert.Equal("content/sample/01-images.md:5:1: error PUB042: image 'pixels.png' cannot be decoded: its pixel data is damaged or cut short",
            error.Diagnostic.ToString().Replace('\\', '/'));
    }

    [Fact]
    public void A_book_with_images_gives_the_same_bytes_on_every_build()
    {
        var root = TestImages.Book("# All\n\n![Photo](a.jpg)\n\n![Picture](b.png)\n\n![Drawing](c.svg)\n\nText ![icon](b.png) here.\n",
            ("a.jpg", TestImages.Jpeg(90, 60)), ("b.png", TestImages.Png(90, 60)), ("c.svg", TestImages.Svg(90, 60)));
        Assert.Equal(TestBooks.Build(root, "sample").Pdf, TestBooks.Build(root, "sample").Pdf);
    }

    private static (Book Book, byte[] Pdf) Build(string markdown, params (string Name, byte[] Data)[] images) =>
        TestBooks.Build(TestImages.Book(markdown, images), "sample");

    /// <summary>The page's text area in PdfPig's coordinates (from the bottom edge).</summary>
    private static (double Left, double Right, double Bottom, double Top) TextArea(Book book, Page page)
    {
        var spec = book.Template.Page;
        var left = spec.Facing && page.Number % 2 == 0 ? spec.MarginOuter : spec.MarginInner;
        return (left, left + spec.TextWidth, spec.MarginBottom, spec.Height - spec.MarginTop);
    }

    private static string Filter(IPdfImage image) =>
        image.ImageDictionary.TryGet(NameToken.Filter, out var token) ? token switch
        {
            NameToken name => name.Data,
            ArrayToken { Data: [NameToken only] } => only.Data,
            _ => token.ToString()!,
        } : "none";

    private static void AssertColor(SKColor expected, SKColor actual)
    {
        Assert.InRange(actual.Red, expected.Red - 2, expected.Red + 2);
        Assert.InRange(actual.Green, expected.Green - 2, expected.Green + 2);
        Assert.InRange(actual.Blue, expected.Blue - 2, expected.Blue + 2);
    }

    private static bool SameColor(SKColor expected, (double R, double G, double B) rgb) =>
        Math.Abs(rgb.R * 255 - expected.Red) < 2 && Math.Abs(rgb.G * 255 - expected.Green) < 2 && Math.Abs(rgb.B * 255 - expected.Blue) < 2;
}
