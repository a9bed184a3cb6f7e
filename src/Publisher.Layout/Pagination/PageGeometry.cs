using Publisher.Layout.Pages;

namespace Publisher.Layout.Pagination;

/// <summary>
/// Page size and margins. With facing pages, odd pages (rectos) have the inner margin at the spine: on the
/// left in a book bound on the left, as Latin books are; on the right in one bound on the right
/// (<see cref="BoundOnRight"/>: Arabic, Hebrew, Persian books open from what a Latin reader calls the back).
/// </summary>
public sealed record PageGeometry(double Width, double Height, double Top, double Bottom, double Inner, double Outer,
    bool Facing)
{
    public double TextWidth => Width - Inner - Outer;
    public double TextHeight => Height - Top - Bottom;

    /// <summary>The spine is on the right of a recto: the book is read right to left.</summary>
    public bool BoundOnRight { get; init; }

    /// <summary>Whether page <paramref name="pageNumber"/>'s spine (its inner margin) is on its right.</summary>
    public bool SpineOnRight(int pageNumber) => Facing && (pageNumber % 2 == 0) != BoundOnRight;

    public Rect TextArea(int pageNumber)
    {
        var left = SpineOnRight(pageNumber) ? Outer : Inner;
        return new Rect(left, Top, TextWidth, TextHeight);
    }

    public Page NewPage(int number) => new(number, Width, Height, TextArea(number));
}
