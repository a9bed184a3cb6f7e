using Publisher.Core.Templates;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// The page boxes of a print-ready PDF (ISO 32000-1 §14.11.2). With a bleed or crop marks the
/// page is painted on a larger sheet (the MediaBox): the trim (the book's page size, /TrimBox)
/// in the middle, the bleed around it (/BleedBox), and room for the crop marks outside that.
/// Without either, the page is the trim and nothing here changes the PDF.
/// </summary>
internal sealed record PrintBoxes(double TrimWidth, double TrimHeight, double Bleed, bool CropMarks)
{
    private const double Mm = 72 / 25.4;
    /// <summary>Space between the bleed's edge and a crop mark, so a slightly shifted cut never shows a mark.</summary>
    public const double MarkGap = 2 * Mm;
    public const double MarkLength = 6 * Mm;
    /// <summary>Blank paper beyond the marks' outer ends, so no printer clips them.</summary>
    private const double MarkSlug = 2 * Mm;
    public const double MarkThickness = 0.25;

    public static PrintBoxes From(PageSpec page) => new(page.Width, page.Height, page.Bleed, page.CropMarks);

    /// <summary>True when the page is only its trim: no boxes are written, no marks drawn.</summary>
    public bool IsTrimOnly => Bleed <= 0 && !CropMarks;

    /// <summary>What is printed outside the trim on each side.</summary>
    private double Outside => Bleed + (CropMarks ? MarkGap + MarkLength + MarkSlug : 0);

    /// <summary>The sheet: the trim with what is printed outside it on every side.</summary>
    public double MediaWidth => TrimWidth + 2 * Outside;
    public double MediaHeight => TrimHeight + 2 * Outside;

    /// <summary>Where the trim's top-left corner stands on the sheet, from the sheet's top-left corner.</summary>
    public (double Left, double Top) TrimOrigin => ((MediaWidth - TrimWidth) / 2, (MediaHeight - TrimHeight) / 2);

    /// <summary>/TrimBox: where the sheet is cut (PDF counts from the bottom-left; the trim is centred, so bottom equals top).</summary>
    public Writer.PdfArray TrimBox()
    {
        var (x, y) = TrimOrigin;
        return Writer.PdfArray.Of(x, y, x + TrimWidth, y + TrimHeight);
    }

    /// <summary>/BleedBox: how far printing runs on past the trim.</summary>
    public Writer.PdfArray BleedBox()
    {
        var (x, y) = TrimOrigin;
        return Writer.PdfArray.Of(x - Bleed, y - Bleed, x + TrimWidth + Bleed, y + TrimHeight + Bleed);
    }
}
