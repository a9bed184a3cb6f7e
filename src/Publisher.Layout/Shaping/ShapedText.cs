namespace Publisher.Layout.Shaping;

/// <summary>
/// The glyphs HarfBuzz chose for a string in one font and size: ids, advances and
/// offsets in points, and for each glyph the UTF-16 index in the string where its
/// cluster starts (so text extraction can map glyphs back to characters).
/// </summary>
public sealed class ShapedText
{
    public required string Text { get; init; }
    public required ushort[] Glyphs { get; init; }
    public required double[] Advances { get; init; }
    public required double[] OffsetsX { get; init; }
    public required double[] OffsetsY { get; init; }
    public required int[] Clusters { get; init; }

    public int Count => Glyphs.Length;
}
