namespace Publisher.Layout.Inline.Bidi;

/// <summary>Rules L1 (levels of whitespace and separators on a line) and L2 (reordering).</summary>
internal static class LineRules
{
    /// <summary>
    /// L1 over one line: segment and paragraph separators, the whitespace and isolate formatting
    /// characters before them, and those at the line's end go back to the paragraph level. The
    /// characters X9 removed count with the whitespace, as section 5.2 of UAX #9 says for an
    /// implementation that keeps them. Types are the original ones, per UTF-16 unit (a low surrogate
    /// has its pair's).
    /// </summary>
    public static void ResetWhitespace(ReadOnlySpan<char> line, Span<byte> levels, byte paragraphLevel)
    {
        var n = line.Length;
        var trailing = true; // inside the run of whitespace that ends the line, read backwards
        for (var i = n - 1; i >= 0; i--)
        {
            var c = ClassAt(line, i);
            if (c is BidiClass.S or BidiClass.B)
            {
                levels[i] = paragraphLevel;
                trailing = true;
            }
            else if (IsWhitespaceLike(c))
            {
                if (trailing) levels[i] = paragraphLevel;
            }
            else
            {
                trailing = false;
            }
        }
    }

    private static bool IsWhitespaceLike(BidiClass c) =>
        c is BidiClass.WS or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI
            || c.IsRemovedByX9();

    private static BidiClass ClassAt(ReadOnlySpan<char> text, int i)
    {
        var ch = text[i];
        if (!char.IsSurrogate(ch)) return BidiCharacterData.ClassOf(ch);
        if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            return BidiCharacterData.ClassOf(char.ConvertToUtf32(ch, text[i + 1]));
        if (char.IsLowSurrogate(ch) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            return BidiCharacterData.ClassOf(char.ConvertToUtf32(text[i - 1], ch));
        return BidiCharacterData.ClassOf(ch);
    }

    /// <summary>
    /// L2: from the highest level down to the lowest odd one, every maximal run at that level or
    /// higher is reversed. Returns, for each visual position from the left, the logical index.
    /// </summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> levels)
    {
        var n = levels.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        if (n == 0) return order;

        byte highest = 0, lowestOdd = byte.MaxValue;
        foreach (var level in levels)
        {
            if (level > highest) highest = level;
            if (level % 2 == 1 && level < lowestOdd) lowestOdd = level;
        }
        if (lowestOdd == byte.MaxValue) return order; // all even: nothing moves

        // order[k] is the logical index at visual position k; levels follow their characters.
        var visualLevels = levels.ToArray();
        for (int level = highest; level >= lowestOdd; level--)
        {
            for (var k = 0; k < n; k++)
            {
                if (visualLevels[k] < level) continue;
                var runEnd = k;
                while (runEnd < n && visualLevels[runEnd] >= level) runEnd++;
                Array.Reverse(order, k, runEnd - k);
                Array.Reverse(visualLevels, k, runEnd - k);
                k = runEnd;
            }
        }
        return order;
    }
}
