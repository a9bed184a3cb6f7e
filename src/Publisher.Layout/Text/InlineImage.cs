using Publisher.Layout.Pages;
using Publisher.Layout.Shaping;

namespace Publisher.Layout.Text;

/// <summary>
/// Something set inside a line of text like a letter: a picture (<see cref="InlineImage"/>) or a formula
/// (<see cref="Mathematics.InlineFormula"/>). It stands on the baseline, <see cref="Width"/> wide, reaching
/// <see cref="Height"/> above it and <see cref="Depth"/> below; the line grows to hold it. A run whose style carries
/// one holds one <see cref="Placeholder"/> character per object, so that line breaking sees an unbreakable object with
/// room on either side to break.
/// </summary>
public abstract record InlineObject(double Width, double Height)
{
    /// <summary>U+FFFC OBJECT REPLACEMENT CHARACTER: Unicode's stand-in for an embedded object.</summary>
    public const string Placeholder = "\uFFFC";

    /// <summary>How far it reaches below the baseline.</summary>
    public virtual double Depth => 0;

    /// <summary>Instead of shaping: one "glyph" per placeholder, as wide as the object.</summary>
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

    /// <summary>What the page shows of it, its left edge at <paramref name="x"/>, standing on <paramref name="baseline"/>.</summary>
    internal abstract IEnumerable<PageItem> Place(double x, double baseline, Structure.StructureElement? element);
}

/// <summary>An image in a line, standing on the baseline.</summary>
public sealed record InlineImage(string Source, double Width, double Height) : InlineObject(Width, Height)
{
    internal override IEnumerable<PageItem> Place(double x, double baseline, Structure.StructureElement? element) =>
        [new ImageItem(new Rect(x, baseline - Height, Width, Height), Source)];
}
