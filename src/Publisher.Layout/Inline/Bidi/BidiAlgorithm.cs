using Publisher.Core.Unicode;

namespace Publisher.Layout.Inline.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9, with the character data of the system's ICU: Unicode 15.0 in
/// ICU 72), written here because no .NET package in reach implemented it (ICU's own C <c>ubidi</c> came in reach later,
/// with the binding in Core/Unicode; this one is tested against Unicode's conformance files and stays).
/// </summary>
/// <remarks>
/// Levels are given per UTF-16 unit; both halves of a surrogate pair get the same level. The
/// characters removed by rule X9 (LRE, RLE, LRO, RLO, PDF and BN such as ZWJ or the soft hyphen)
/// take the level of the character before them, or the paragraph level at the start: a caller can
/// draw them (they are usually invisible) or drop them without changing the order of the rest.
/// A text with paragraph separators (B: LF, CR, U+2029 …) in it is resolved as consecutive
/// paragraphs sharing one paragraph level, each starting afresh (P1, X8); tabs (S) and
/// separators go back to the paragraph level in <see cref="LineLevels"/> (L1).
/// </remarks>
public static class BidiAlgorithm
{
    /// <summary>
    /// Resolves the embedding level of every UTF-16 unit of one paragraph (rules P2–P3 when
    /// paragraphLevel is null, else that level 0 = LTR or 1 = RTL; X1–X10, W1–W7, N0–N2, I1–I2).
    /// Both halves of a surrogate pair get the same level. Characters removed by X9 (LRE, RLE, PDF,
    /// LRO, RLO, BN) get the level of the character before them (or the paragraph level).
    /// Segment separators (tab) and paragraph separators inside the text are handled as the spec says.
    /// </summary>
    public static byte[] ResolveLevels(ReadOnlySpan<char> text, byte? paragraphLevel, out byte resolvedParagraphLevel)
    {
        if (paragraphLevel is > 1) throw new ArgumentOutOfRangeException(nameof(paragraphLevel), "0 (LTR) or 1 (RTL)");
        if (paragraphLevel is null or 0 && !BidiCharacterData.NeedsResolution(text))
        {
            // No right-to-left letter, Arabic number or formatting character: all left to right.
            resolvedParagraphLevel = 0;
            return new byte[text.Length];
        }

        var hasSurrogates = text.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        var codePoints = hasSurrogates ? DecodeCodePoints(text) : WidenUnits(text);
        var p = new BidiParagraph(codePoints);
        var level = paragraphLevel ?? ParagraphDirection.FirstStrong(p.Initial) ?? 0;
        p.Resolve(level);
        resolvedParagraphLevel = level;

        if (!hasSurrogates) return p.Levels;
        var result = new byte[text.Length];
        var cp = 0;
        for (var i = 0; i < text.Length; i++, cp++)
        {
            result[i] = p.Levels[cp];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                result[++i] = p.Levels[cp];
        }
        return result;
    }

    /// <summary>
    /// Rule L1 for one line [start, end) of the paragraph: trailing whitespace, isolate formatting
    /// characters and segment/paragraph separators go back to the paragraph level. Returns the line's levels (a copy).
    /// </summary>
    public static byte[] LineLevels(ReadOnlySpan<char> text, ReadOnlySpan<byte> paragraphLevels, int start, int end, byte paragraphLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Math.Min(text.Length, paragraphLevels.Length));
        var levels = paragraphLevels[start..end].ToArray();
        var allAtParagraphLevel = true;
        foreach (var l in levels)
        {
            if (l != paragraphLevel) { allAtParagraphLevel = false; break; }
        }
        // L1 only ever lowers levels to the paragraph level.
        if (!allAtParagraphLevel) LineRules.ResetWhitespace(text[start..end], levels, paragraphLevel);
        return levels;
    }

    /// <summary>
    /// Rule L2: the visual order of a line's units: result[k] is the logical index (0-based within the line)
    /// of the unit shown k-th from the left.
    /// </summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> lineLevels) => LineRules.VisualOrder(lineLevels);

    /// <summary>
    /// The paragraph's direction by rules P2–P3 alone (first strong character, skipping isolates): 0, 1, or null if none.
    /// </summary>
    public static byte? FirstStrongDirection(ReadOnlySpan<char> text)
    {
        var isolateDepth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(text[i], text[++i]);
            if (ParagraphDirection.Step(BidiCharacterData.ClassOf(cp), ref isolateDepth) is { } direction) return direction;
        }
        return null;
    }

    /// <summary>
    /// <summary>
    /// Rule L4: the character shown for <paramref name="codePoint"/> at <paramref name="level"/>. At an
    /// odd (right-to-left) level a character with Bidi_Mirrored shows its Bidi_Mirroring_Glyph, so "("
    /// is drawn as ")". HarfBuzz does the same when it shapes a run as right-to-left: use this only for
    /// text placed without it.
    /// </summary>
    /// </summary>
    public static int Mirror(int codePoint, byte level) => level % 2 == 1 ? CharacterProperties.Mirror(codePoint) : codePoint;

    /// <summary>The maximal runs of equal level, in logical order, as [Start, End) with their level.</summary>
    public static IReadOnlyList<(int Start, int End, byte Level)> LevelRuns(ReadOnlySpan<byte> levels)
    {
        if (levels.Length == 0) return Array.Empty<(int, int, byte)>();
        var count = 1;
        for (var i = 1; i < levels.Length; i++)
        {
            if (levels[i] != levels[i - 1]) count++;
        }
        var runs = new (int Start, int End, byte Level)[count];
        var r = 0;
        var start = 0;
        for (var i = 1; i <= levels.Length; i++)
        {
            if (i < levels.Length && levels[i] == levels[start]) continue;
            runs[r++] = (start, i, levels[start]);
            start = i;
        }
        return runs;
    }

    private static int[] WidenUnits(ReadOnlySpan<char> text)
    {
        var codePoints = new int[text.Length];
        for (var i = 0; i < text.Length; i++) codePoints[i] = text[i];
        return codePoints;
    }

    private static int[] DecodeCodePoints(ReadOnlySpan<char> text)
    {
        var buffer = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                buffer[n++] = char.ConvertToUtf32(c, text[++i]);
            else
                buffer[n++] = c; // a lone surrogate stands for itself
        }
        return buffer.AsSpan(0, n).ToArray();
    }
}
