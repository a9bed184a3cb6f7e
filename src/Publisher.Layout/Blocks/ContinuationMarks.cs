using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Blocks;

/// <summary>
/// The mark at the start of a line that continues a line wrapped for want of room, as
/// code is: it tells the reader that the line break is the page's, not the author's.
/// </summary>
internal static class ContinuationMarks
{
    /// <summary>How far a continuation line is indented: the mark's advance plus the gap after it.</summary>
    public static double Indent(LayoutContext context, TextRun mark, double gap) =>
        context.Shaper.Shape(mark.Style.Face, mark.Style.Size, mark.Text).Advances.Sum() + gap;

    /// <summary>The mark's glyphs with their left edge at <paramref name="x"/>, on the line's baseline.</summary>
    public static GlyphRun Place(LayoutContext context, TextRun mark, double x, double baseline)
    {
        var shaped = context.Shaper.Shape(mark.Style.Face, mark.Style.Size, mark.Text);
        var xs = new double[shaped.Count];
        for (var i = 0; i < shaped.Count; i++)
        {
            xs[i] = x + shaped.OffsetsX[i];
            x += shaped.Advances[i];
        }
        return new GlyphRun(mark.Style.Face, mark.Style.Size, mark.Style.Color, baseline,
            shaped.Glyphs, xs, shaped.OffsetsY, mark.Text, shaped.Clusters) { Right = x };
    }
}
