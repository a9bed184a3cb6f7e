using System.Text;
using Publisher.Layout.Fonts;

namespace Publisher.Layout.Text;

/// <summary>
/// Gives characters a face that has them: a run's own face where it can, else the
/// first fallback face that covers the character (a ballot box, an arrow, a math sign).
/// Without it such characters would print as empty boxes.
/// </summary>
public sealed class FontFallback(IReadOnlyList<FontFace> fallbacks)
{
    public static FontFallback None { get; } = new([]);

    public IReadOnlyList<TextRun> Apply(IReadOnlyList<TextRun> runs)
    {
        if (fallbacks.Count == 0 || runs.All(Covered)) return runs;
        var result = new List<TextRun>(runs.Count + 2);
        foreach (var run in runs)
        {
            if (Covered(run)) { result.Add(run); continue; }
            var text = new StringBuilder();
            FontFace? current = null;
            foreach (var rune in run.Text.EnumerateRunes())
            {
                var face = FaceFor(run.Style.Face, rune);
                if (current is not null && face != current)
                {
                    result.Add(new TextRun(text.ToString(), run.Style with { Face = current }));
                    text.Clear();
                }
                current = face;
                text.Append(rune.ToString());
            }
            if (current is not null) result.Add(new TextRun(text.ToString(), run.Style with { Face = current }));
        }
        return result;
    }

    private static bool Covered(TextRun run)
    {
        // An inline image stands in its run's place; it has no characters to find a face for.
        if (run.Style.Image is not null) return true;
        foreach (var rune in run.Text.EnumerateRunes())
            if (!IsInvisible(rune) && !run.Style.Face.HasGlyph(rune.Value)) return false;
        return true;
    }

    private FontFace FaceFor(FontFace face, Rune rune)
    {
        if (IsInvisible(rune) || face.HasGlyph(rune.Value)) return face;
        foreach (var fallback in fallbacks)
            if (fallback.HasGlyph(rune.Value)) return fallback;
        return face;
    }

    // Spaces and line ends stay with the text around them, whatever the font says.
    private static bool IsInvisible(Rune rune) => Rune.IsWhiteSpace(rune) || Rune.IsControl(rune);
}
