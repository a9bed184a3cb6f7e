namespace Publisher.Layout.Text;

/// <summary>
/// Counts the words of a block's text, so that a place in it can be named by a word number
/// that means the same in every format made from it: the PDF notes how many words of a block
/// came before a page's first line, and the EPUB puts the page's marker before that word.
/// A word is a run of anything but spaces, tabs and line ends; a footnote reference or an
/// inline image touching a word is part of it in both formats. Chinese and Japanese put no spaces
/// between words: each of their characters counts as a word (as word counts in those languages do).
/// </summary>
public sealed class WordCount(string text)
{
    private int _position;
    private int _count;

    public static bool IsSeparator(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>Whether a word starts at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static bool StartsAt(string text, int index) =>
        !IsSeparator(text[index]) && !char.IsLowSurrogate(text[index])
        && (index == 0 || IsSeparator(text[index - 1]) || IsUnspacedAt(text, index) || IsUnspacedAt(text, Previous(text, index)));

    /// <summary>Whether the character at <paramref name="index"/> (a whole surrogate pair) is Chinese or Japanese, a word of its own.</summary>
    public static bool IsUnspacedAt(string text, int index)
    {
        if (index < 0 || index >= text.Length || char.IsLowSurrogate(text[index])) return false;
        var c = char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        return Publisher.Core.Text.EastAsianText.IsUnspaced(c);
    }

    /// <summary>Where the character before <paramref name="index"/> starts (a surrogate pair's first half).</summary>
    private static int Previous(string text, int index) =>
        index >= 2 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? index - 2 : index - 1;

    /// <summary>
    /// The number of words that start before <paramref name="end"/>. Calls must not go
    /// backwards: the count carries on from the last one, so a paragraph is read once.
    /// </summary>
    public int StartingBefore(int end)
    {
        end = Math.Min(end, text.Length);
        for (; _position < end; _position++)
            if (StartsAt(text, _position)) _count++;
        return _count;
    }
}
