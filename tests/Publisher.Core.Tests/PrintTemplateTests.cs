using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>page.bleed, page.crop-marks and page.imposition: read in points, and mistakes named at their line.</summary>
public sealed class PrintTemplateTests : ShippedTemplateTests
{
    private const string ShippedLines =
        "  bleed: 0mm               # 3mm for a print shop: full-bleed pictures run on past the trim\n" +
        "  crop-marks: false        # true: marks at the trim's corners (the sheet grows to hold them)\n" +
        "  imposition: saddle-stitch  # also out/<book>-imposed.pdf: two pages a side of A4 landscape, booklet order\n";

    private Template ReadWith(string printLines) => Read(Changed(ShippedLines, printLines));

    private int LineOf(string printLines, string needle)
    {
        var text = Changed(ShippedLines, printLines);
        return text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
    }

    [Fact]
    public void The_shipped_booklet_imposes_and_has_no_bleed_or_marks()
    {
        var page = ReadWith(ShippedLines).Page;
        Assert.Equal(0, page.Bleed);
        Assert.False(page.CropMarks);
        Assert.Equal(PageImposition.SaddleStitch, page.Imposition);
    }

    [Fact]
    public void Left_out_there_is_no_bleed_no_marks_and_no_imposed_file()
    {
        var page = ReadWith("").Page;
        Assert.Equal(0, page.Bleed);
        Assert.False(page.CropMarks);
        Assert.Equal(PageImposition.None, page.Imposition);
    }

    [Fact]
    public void Bleed_is_read_in_points_and_marks_as_a_switch()
    {
        var page = ReadWith("  bleed: 3mm\n  crop-marks: yes\n  imposition: none\n").Page;
        Assert.Equal(3 * 72 / 25.4, page.Bleed, 6);
        Assert.True(page.CropMarks);
        Assert.Equal(PageImposition.None, page.Imposition);
    }

    [Theory]
    [InlineData("  bleed: 3\n", "'page.bleed': expected a length such as 12pt, 18mm, 0.75in or 1.5em, not '3'")]
    [InlineData("  bleed: -3mm\n", "'page.bleed': expected a length of zero or more, not '-3mm'")]
    [InlineData("  bleed: 1em\n", "'page.bleed': expected an absolute length (pt, mm, cm, in), not '1em'")]
    [InlineData("  bleed: 30mm\n", "'page.bleed': expected a bleed of at most 20mm (printers ask for 3mm to 5mm), not '30mm'")]
    [InlineData("  crop-marks: maybe\n", "'page.crop-marks': expected true or false, not 'maybe'")]
    [InlineData("  imposition: sadle-stitch\n", "'page.imposition': 'sadle-stitch' is not one of none, saddle-stitch (did you mean 'saddle-stitch'?)")]
    public void A_bad_print_option_is_named_at_its_line(string lines, string message)
    {
        var failure = Expect.Failure(() => ReadWith(lines));
        Assert.Equal($"{Display}:{LineOf(lines, lines.Trim())}:{lines.IndexOf(':') + 3}: error PUB003: {message}", failure);
    }

    [Fact]
    public void A_misspelt_print_key_suggests_the_right_one()
    {
        var failure = Expect.Failure(() => ReadWith("  crop-mark: true\n"));
        Assert.EndsWith("error PUB002: unknown key 'page.crop-mark' (did you mean 'crop-marks'?)", failure);
    }
}
