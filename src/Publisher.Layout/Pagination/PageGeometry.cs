using Publisher.Layout.Pages;

namespace Publisher.Layout.Pagination;

/// <summary>
/// Page size and margins. With facing pages, right-hand (odd) pages have the inner
/// margin on the left and left-hand (even) pages on the right, as in a bound book.
/// </summary>
public sealed record PageGeometry(double Width, double Height, double Top, double Bottom, double Inner, double Outer,
    bool Facing)
{
    public double TextWidth => Width - Inner - Outer;
    public double TextHeight => Height - Top - Bottom;

    public Rect TextArea(int pageNumber)
    {
        var left = Facing && pageNumber % 2 == 0 ? Outer : Inner;
        return new Rect(left, Top, TextWidth, TextHeight);
    }

    public Page NewPage(int number) => new(number, Width, Height, TextArea(number));
}
