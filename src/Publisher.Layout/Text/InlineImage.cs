using Publisher.Layout.Pages;
using Publisher.Layout.Shaping;

namespace Publisher.Layout.Text;

/// <summary>
/// An image set inside a line of text, like a letter: it stands on the baseline and takes
/// <see cref="Width"/> of the line. A run whose style carries one holds one
/// <see cref="Placeholder"/> character per image, so that line breaking sees an
/// unbreakable object with room on either side to break.
/// </summary>
public sealed record InlineImage(string Source, double Width, double Height)
{
    /// <summary>U+FFFC OBJECT REPLACEMENT CHARACTER: Unicode's stand-in for an embedded object.</summary>
    public const string Placeholder = "\uFFFC";

    /// <summary>Instead of shaping: one "glyph" per placeholder, as wide as the image.</summary>
    internal ShapedText Shape(string text)
    {
        var n = text.Length;
        return new ShapedText
        {
            Text = text,
            Glyphs = new ushort[n],
            Advances = Enumerable.Repeat(Width, n).ToArray(),
            OffsetsX = new double[n],
            OffsetsY = new double[n],
            Clusters = Enumerable.Range(0, n).ToArray(),
        };
    }

    internal ImageItem Place(double x, double baseline) => new(new Rect(x, baseline - Height, Width, Height), Source);
}
