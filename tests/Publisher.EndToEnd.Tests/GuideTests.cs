using UglyToad.PdfPig;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// content/guide, the user guide, is the showcase: it uses every construct. Built through
/// the command line as a user would, it must pass epubcheck, keep its long table and its long
/// listing whole across pages, carry its images and stay clear of the page edges.
/// </summary>
public sealed class GuideTests
{
    private readonly string _pdf = RepositoryBuild.PathOf("guide.pdf");
    private readonly string _epub = RepositoryBuild.PathOf("guide.epub");

    [Fact]
    public void The_guide_passes_epubcheck()
    {
        Assert.Contains("No errors or warnings detected", Tools.Epubcheck(_epub));
    }

    [Fact]
    public void The_long_table_repeats_its_header_and_the_long_listing_crosses_a_page()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.True(pages.Count(p => p.Contains("Key What it sets Example")) >= 2, "the table's header on every page it crosses");
        var listingStart = pages.FindIndex(p => p.Contains("size: A5"));
        var listingEnd = pages.FindIndex(p => p.Contains("center: \"{title}\""));
        Assert.True(listingStart >= 0 && listingEnd > listingStart, $"listing from page {listingStart + 1} to {listingEnd + 1}");
    }

    [Fact]
    public void The_png_and_jpeg_figures_are_embedded_and_no_word_is_near_an_edge()
    {
        using var pdf = PdfDocument.Open(_pdf);
        Assert.True(pdf.GetPages().Sum(p => p.GetImages().Count()) >= 2);
        // The booklet template pads to whole folded sheets.
        Assert.Equal(0, pdf.NumberOfPages % 4);
        foreach (var page in pdf.GetPages())
            foreach (var word in page.GetWords())
            {
                var box = word.BoundingBox;
                Assert.True(box.Left >= 14 && box.Bottom >= 14 && box.Right <= page.Width - 14 && box.Top <= page.Height - 14,
                    $"page {page.Number}: '{word.Text}' at {box}");
            }
    }
}
