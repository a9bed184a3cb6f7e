namespace Publisher.Pdf.Rendering;

/// <summary>One side of a printed sheet: the page numbers (from 1) on its left and right halves; null is a blank half.</summary>
internal readonly record struct SheetSide(int? Left, int? Right);

/// <summary>
/// The page order of a saddle-stitched booklet. The sheets are printed on both sides, stacked, folded
/// down the middle and stapled on the fold, so the outermost sheet carries the first and last pages.
/// For n pages (rounded up to whole sheets of four), sheet s (from 0) has on its front the pages
/// n - 2s (left) and 2s + 1 (right), and on its back 2s + 2 (left) and n - 2s - 1 (right).
/// </summary>
internal static class SaddleStitch
{
    public static IReadOnlyList<SheetSide> Sides(int pageCount)
    {
        var n = (pageCount + 3) / 4 * 4;
        int? Page(int number) => number <= pageCount ? number : null;
        var sides = new List<SheetSide>(n / 2);
        for (var s = 0; s < n / 4; s++)
        {
            sides.Add(new SheetSide(Page(n - 2 * s), Page(2 * s + 1)));
            sides.Add(new SheetSide(Page(2 * s + 2), Page(n - 2 * s - 1)));
        }
        return sides;
    }
}
