using Publisher.Layout.Shaping;
using Publisher.Layout.Text;

namespace Publisher.Layout.Hyphenation;

/// <summary>
/// The hyphen set at the end of a hyphenated line, in the face and size of the word it breaks.
/// It is the hyphen-minus, which every text face has and which PDF readers and extractors
/// (pdftotext, copy and paste) know to join with the next line's start.
/// </summary>
public static class HyphenGlyph
{
    public const string Text = "-";

    public static ShapedText Shape(TextShaper shaper, TextStyle style) => shaper.Shape(style.Face, style.Size, Text);
}
