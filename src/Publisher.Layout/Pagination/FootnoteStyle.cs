namespace Publisher.Layout.Pagination;

/// <summary>
/// How a page's footnote area looks: <paramref name="Gap"/> between the last line of the text and the first line
/// of the notes, with a rule of <paramref name="RuleWidth"/> and <paramref name="RuleThickness"/> drawn in its
/// middle, at the start of the lines. Colour is 0xRRGGBB.
/// </summary>
public sealed record FootnoteStyle(double Gap, double RuleWidth, double RuleThickness, uint RuleColor)
{
    /// <summary>About what TeX's plain format does for 10pt text: a one-line gap and a two-inch rule.</summary>
    public static FootnoteStyle Default { get; } = new(12, 144, 0.4, 0);
}
