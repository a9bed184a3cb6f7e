namespace Publisher.Layout.Mathematics;

internal sealed partial class MathLayout
{
    /// <summary>
    /// A glyph made at least <paramref name="target"/> points long (tall, or wide when not <paramref name="vertical"/>):
    /// the first of the font's larger variants that is long enough, else one built from the font's parts, its
    /// extenders repeated and its joints overlapped as much as needed (OpenType MATH's glyph assembly), else the largest
    /// variant. Vertically, the box's baseline is the glyph's own: the caller centres it.
    /// </summary>
    private MathBox Stretched(int codePoint, double target, bool vertical, double at, string text)
    {
        var glyph = font.Glyph(codePoint);
        if (glyph == 0) Missing.Add(codePoint);
        var variants = font.Variants(glyph, vertical);
        var chosen = glyph;
        var enough = false;
        foreach (var (variant, advance) in variants)
        {
            chosen = variant;
            if (advance * at >= target)
            {
                enough = true;
                break;
            }
        }
        if (!enough && font.Assembly(glyph, vertical) is { Count: > 0 } parts && Assemble(parts, target / at, vertical, at, text) is { } built)
            return built;
        var box = new MathBox { SingleGlyph = true };
        var (height, depth) = font.Ink(chosen);
        box.Glyphs.Add(new GlyphPiece(chosen, at, 0, 0, text));
        box.Width = font.Advance(chosen) * at;
        box.Height = height * at;
        box.Depth = depth * at;
        box.Italic = font.ItalicsCorrection(chosen) * at;
        box.TopAccent = font.TopAccentAttachment(chosen) * at;
        return box;
    }

    /// <summary>The parts laid end to end (bottom to top, or left to right), their joints overlapped to reach <paramref name="target"/> ems.</summary>
    private MathBox? Assemble(IReadOnlyList<(ushort Glyph, double Start, double End, double Full, bool Extender)> parts, double target,
        bool vertical, double at, string text)
    {
        var minOverlap = vertical ? font.MinConnectorOverlap : font.HorizontalMinConnectorOverlap;
        for (var repeats = 0; repeats < 100; repeats++)
        {
            var sequence = new List<(ushort Glyph, double Start, double End, double Full, bool Extender)>();
            foreach (var part in parts)
                for (var k = 0; k < (part.Extender ? repeats : 1); k++) sequence.Add(part);
            if (sequence.Count == 0) continue;
            double full = sequence.Sum(p => p.Full), most = 0;
            var overlaps = new double[sequence.Count];
            for (var i = 1; i < sequence.Count; i++)
            {
                overlaps[i] = Math.Min(sequence[i - 1].End, sequence[i].Start);
                most += overlaps[i];
            }
            var shortest = full - most;
            var growable = most - (sequence.Count - 1) * minOverlap;
            if (shortest + growable < target && repeats < 99) continue;
            // Overlap each joint by as little as needed (never less than the font's minimum).
            var ratio = growable <= 0 ? 0 : Math.Clamp((target - shortest) / growable, 0, 1);
            var box = new MathBox();
            var position = 0.0;
            for (var i = 0; i < sequence.Count; i++)
            {
                if (i > 0) position -= overlaps[i] - ratio * (overlaps[i] - minOverlap);
                var part = sequence[i];
                if (vertical)
                {
                    // Parts go bottom to top: each glyph's baseline where the part begins, measured up from the bottom.
                    var (_, depth) = font.Ink(part.Glyph);
                    box.Glyphs.Add(new GlyphPiece(part.Glyph, at, 0, -(position + depth) * at, i == 0 ? text : ""));
                    box.Width = Math.Max(box.Width, font.Advance(part.Glyph) * at);
                }
                else box.Glyphs.Add(new GlyphPiece(part.Glyph, at, position * at, 0, i == 0 ? text : ""));
                position += part.Full;
            }
            if (vertical)
            {
                // The whole stands on its bottom: baseline at the bottom, all of it height.
                box.Height = position * at;
                box.Depth = 0;
            }
            else
            {
                box.Width = position * at;
                foreach (var g in box.Glyphs)
                {
                    var (h, d) = font.Ink(g.Glyph);
                    box.Height = Math.Max(box.Height, h * at);
                    box.Depth = Math.Max(box.Depth, d * at);
                }
            }
            return box;
        }
        return null;
    }

    /// <summary>A delimiter at least <paramref name="total"/> points tall, centred on the math axis; "" is an empty space.</summary>
    private MathBox Delimiter(string delimiter, double total, MathStyle style)
    {
        var at = SizeOf(style);
        if (delimiter.Length == 0) return new MathBox { Width = 0.12 * at };
        var box = Stretched(char.ConvertToUtf32(delimiter, 0), total, vertical: true, at, delimiter);
        var shift = (box.Height - box.Depth) / 2 - Axis(style);
        var centred = box.Shift(shift);
        centred.Class = Core.Mathematics.MathSymbols.ClassOf(delimiter);
        return centred;
    }
}
