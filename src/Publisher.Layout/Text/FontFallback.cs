using System.Text;
using Publisher.Layout.Fonts;

namespace Publisher.Layout.Text;

/// <summary>
/// Gives characters a face that has them: a run's own face where it can, else the first of the
/// template's fallback faces that covers the character (a ballot box, an arrow, a math sign), else an
/// installed font made for the character's script (<see cref="SystemFallback"/>: Arabic, Chinese,
/// Thai…). Without it such characters would print as empty boxes. Characters no face has are
/// remembered (<see cref="Missing"/>), so that the build can stop with their places instead of
/// printing boxes.
/// </summary>
public sealed class FontFallback(IReadOnlyList<FontFace> fallbacks, SystemFallback? system = null, string language = "und")
{
    public static FontFallback None { get; } = new([]);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte> _missing = new();

    /// <summary>Characters of the text that no face, the template's or the machine's, can draw.</summary>
    public IReadOnlyCollection<int> Missing => (IReadOnlyCollection<int>)_missing.Keys;

    /// <param name="language">The text's language where it is not the book's (it chooses among CJK designs).</param>
    public IReadOnlyList<TextRun> Apply(IReadOnlyList<TextRun> runs, string? language = null)
    {
        if ((fallbacks.Count == 0 && system is null) || runs.All(Covered)) return runs;
        var result = new List<TextRun>(runs.Count + 2);
        foreach (var run in runs)
        {
            if (Covered(run)) { result.Add(run); continue; }
            var text = new StringBuilder();
            FontFace? current = null;
            foreach (var rune in run.Text.EnumerateRunes())
            {
                // A combining mark stays with the face of the letter it sits on, where that face has it.
                // So does a character the run's face lacks that the stand-in face of the text before it has (a Devanagari
                // danda after Hindi, a fullwidth comma after Chinese): it belongs to that text.
                var face = current is not null && IsMark(rune) && current.HasGlyph(rune.Value) ? current
                    : IsInvisible(rune) && current is not null ? current
                    : current is not null && current != run.Style.Face && !run.Style.Face.HasGlyph(rune.Value) && current.HasGlyph(rune.Value) ? current
                    : FaceFor(run.Style, rune, run.Style.Language ?? language);
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

    private FontFace FaceFor(TextStyle style, Rune rune, string? textLanguage)
    {
        var face = style.Face;
        if (IsInvisible(rune) || face.HasGlyph(rune.Value)) return face;
        foreach (var fallback in fallbacks)
            if (fallback.HasGlyph(rune.Value)) return fallback;
        if (system?.FaceFor(rune.Value, face, textLanguage ?? language, italicAsBold: style.EmphasisDots == EmphasisDots.None) is { } installed)
            return installed;
        _missing.TryAdd(rune.Value, 0);
        return face;
    }

    // Joiners, marks of direction, variation selectors: they steer shaping and draw nothing of their own.
    private static bool IsFormat(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format
        || rune.Value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;

    // Spaces, line ends and format characters (joiners, marks of direction) stay with the text around them,
    // whatever the font says: a joiner split off into another face would no longer join.
    public static bool IsInvisible(Rune rune) => Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || IsFormat(rune);

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
