using Publisher.Layout.Pages;
using Publisher.Layout.Structure;

namespace Publisher.Layout.Mathematics;

/// <summary>
/// A laid-out formula as page items: runs of glyphs (a glyph built of parts, a tall parenthesis, is one run whose parts
/// all read as the one character) and rules, all in one Formula element whose alternative text is the LaTeX source.
/// </summary>
internal static class FormulaPainter
{
    public static List<PageItem> Paint(MathBox box, MathFont font, uint color, double x, double baseline, StructureElement element)
    {
        var items = new List<PageItem>();
        var glyphs = new List<ushort>();
        var xs = new List<double>();
        var dys = new List<double>();
        var clusters = new List<int>();
        var text = new System.Text.StringBuilder();
        GlyphPiece? first = null;
        double right = 0;
        void Flush()
        {
            if (first is null) return;
            items.Add(new GlyphRun(first.Face ?? font.Face, first.Size, color, baseline + first.Y, [.. glyphs], [.. xs], [.. dys], text.ToString(), [.. clusters])
                { Right = right, Element = element });
            glyphs.Clear(); xs.Clear(); dys.Clear(); clusters.Clear(); text.Clear();
            first = null;
        }
        foreach (var piece in box.Glyphs)
        {
            // A part of a built glyph (no text of its own) joins the run of the part before it, as more of its cluster.
            var continues = first is not null && piece.Size == first.Size && piece.Face == first.Face && (piece.Text.Length == 0 || piece.Y == first.Y);
            if (!continues) Flush();
            first ??= piece;
            glyphs.Add(piece.Glyph);
            xs.Add(x + piece.X);
            dys.Add(piece.Y - first.Y);
            clusters.Add(piece.Text.Length == 0 && clusters.Count > 0 ? clusters[^1] : text.Length);
            text.Append(piece.Text);
            var face = piece.Face ?? font.Face;
            right = Math.Max(right, x + piece.X + face.Font.GetHorizontalGlyphAdvance(piece.Glyph) / (double)face.UnitsPerEm * piece.Size);
        }
        Flush();
        foreach (var rule in box.Rules)
            items.Add(new RuleItem(x + rule.X, baseline + rule.Y, x + rule.X + rule.Width, baseline + rule.Y, rule.Thickness, color)
                { Element = element });
        return items;
    }
}
