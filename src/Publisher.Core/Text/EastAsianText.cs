namespace Publisher.Core.Text;

/// <summary>
/// Chinese, Japanese and Korean text: which characters are set on a square em (Unicode's East Asian
/// Width "wide" and "fullwidth", and the halfwidth katakana), and which of them are Hangul. CSS Text 3
/// and the typesetting of every CJK tradition follow from that: a line break in the source between two
/// such characters is no space (Chinese and Japanese write no spaces between words), lines may stretch
/// between the characters, and each counts as a word. Hangul is the exception: Korean puts spaces
/// between words, so a line break between Hangul syllables stays a space.
/// </summary>
public static class EastAsianText
{
    /// <summary>True for a character of Unicode East Asian Width W, F or H (CJK ideographs, kana, CJK punctuation, fullwidth forms).</summary>
    public static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xA960 and <= 0xA97F
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE10 and <= 0xFE19
            or >= 0xFE30 and <= 0xFE6F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFF61 and <= 0xFFDC
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1B000 and <= 0x1B2FF
            or >= 0x20000 and <= 0x2FFFD
            or >= 0x30000 and <= 0x3FFFD;

    /// <summary>Hangul syllables and jamo, in their wide and halfwidth forms.</summary>
    public static bool IsHangul(int c) =>
        c is >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xA960 and <= 0xA97F
            or >= 0xAC00 and <= 0xD7FF or >= 0xFFA0 and <= 0xFFDC;

    /// <summary>Wide and not Hangul: text written without spaces between words (Chinese, Japanese).</summary>
    public static bool IsUnspaced(int c) => IsWide(c) && !IsHangul(c);

    /// <summary>
    /// Thai, Lao, Khmer and Myanmar: also written without spaces between words (a space there ends a phrase), so
    /// a justified line may open a little between their letters too. A line break of the source between them
    /// stays a space, as browsers keep it.
    /// </summary>
    public static bool IsSoutheastAsian(int c) =>
        c is >= 0x0E00 and <= 0x0EFF or >= 0x1000 and <= 0x109F or >= 0x1780 and <= 0x17FF or >= 0x19E0 and <= 0x19FF;
}
