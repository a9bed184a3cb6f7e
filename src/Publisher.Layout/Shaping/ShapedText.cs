namespace Publisher.Layout.Shaping;

/// <summary>
/// The glyphs HarfBuzz chose for a string in one font and size: ids, advances and
/// offsets in points, and for each glyph the UTF-16 index in the string where its
/// cluster starts (so text extraction can map glyphs back to characters).
/// Glyphs come in the order HarfBuzz gives them: visual order, left to right. For a
/// right-to-left run (Arabic, Hebrew) that is the reverse of the text's order, and
/// <see cref="RightToLeft"/> says so: whoever lays glyphs end to end in the text's order
/// (line breaking) walks such a run backwards.
/// </summary>
public sealed class ShapedText
{
    public required string Text { get; init; }
    public required ushort[] Glyphs { get; init; }
    public required double[] Advances { get; init; }
    public required double[] OffsetsX { get; init; }
    public required double[] OffsetsY { get; init; }
    public required int[] Clusters { get; init; }
    /// <summary>Shaped right to left: glyph 0 is the text's last cluster, and clusters decrease.</summary>
    public bool RightToLeft { get; init; }

    public int Count => Glyphs.Length;
}
