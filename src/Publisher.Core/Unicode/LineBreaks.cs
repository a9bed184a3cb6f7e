namespace Publisher.Core.Unicode;

/// <summary>
/// Where a line may end, by the Unicode line breaking algorithm (UAX #14) as ICU's root rules implement it, with
/// its dictionaries for the scripts written without spaces (Thai, Lao, Khmer, Myanmar) and its rules for CJK.
/// </summary>
public static unsafe class LineBreaks
{
    // One iterator per thread, kept for the thread's life: opening one reads the rules (about 0.1 ms), and the
    // paragraphs of a book are broken on every core at once.
    [ThreadStatic] private static nint _iterator;

    /// <summary>
    /// Adds to <paramref name="into"/> each index of <paramref name="text"/> (in UTF-16 units) where a line may start,
    /// ascending, ending with its length; nothing for an empty text.
    /// </summary>
    public static void Find(string text, List<int> into)
    {
        if (text.Length == 0) return;
        var iterator = _iterator;
        int status = 0;
        if (iterator == 0)
        {
            fixed (byte* root = "\0"u8) iterator = Icu.BreakOpen(Icu.BreakLine, root, null, 0, &status);
            Icu.Check(status, "line break iterator");
            _iterator = iterator;
        }
        // ICU reads the text where it lies: it stays pinned while the iterator walks it, and is not touched after.
        fixed (char* chars = text)
        {
            Icu.BreakSetText(iterator, chars, text.Length, &status);
            Icu.Check(status, "line breaking");
            for (var b = Icu.BreakNext(iterator); b != Icu.Done; b = Icu.BreakNext(iterator)) into.Add(b);
        }
    }
}
