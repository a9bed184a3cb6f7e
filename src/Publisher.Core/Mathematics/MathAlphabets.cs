using System.Text;

namespace Publisher.Core.Mathematics;

/// <summary>
/// Letters and digits in Unicode's Mathematical Alphanumeric Symbols: an italic x is U+1D465, a double-struck R is
/// ℝ. A math font draws each alphabet from these code points, and a reader of the PDF's text (or a screen reader)
/// gets the character that was meant. Letters Unicode had before that block (ℎ, ℝ, ℬ…) keep their old code points.
/// </summary>
public static class MathAlphabets
{
    // Where each alphabet's capital A (and, for some, its Greek capital Alpha and its digit zero) starts.
    private static readonly Dictionary<MathVariant, (int Latin, int Greek, int Digit)> Starts = new()
    {
        [MathVariant.Bold] = (0x1D400, 0x1D6A8, 0x1D7CE),
        [MathVariant.Italic] = (0x1D434, 0x1D6E2, 0),
        [MathVariant.BoldItalic] = (0x1D468, 0x1D71C, 0x1D7CE),
        [MathVariant.Script] = (0x1D49C, 0, 0),
        [MathVariant.Fraktur] = (0x1D504, 0, 0),
        [MathVariant.DoubleStruck] = (0x1D538, 0, 0x1D7D8),
        [MathVariant.SansSerif] = (0x1D5A0, 0, 0x1D7E2),
        [MathVariant.Monospace] = (0x1D670, 0, 0x1D7F6),
    };

    // The letters that were in Unicode before the block: the block leaves their places empty.
    private static readonly Dictionary<(MathVariant, char), char> Holes = new()
    {
        [(MathVariant.Italic, 'h')] = 'ℎ',
        [(MathVariant.Script, 'B')] = 'ℬ', [(MathVariant.Script, 'E')] = 'ℰ', [(MathVariant.Script, 'F')] = 'ℱ',
        [(MathVariant.Script, 'H')] = 'ℋ', [(MathVariant.Script, 'I')] = 'ℐ', [(MathVariant.Script, 'L')] = 'ℒ',
        [(MathVariant.Script, 'M')] = 'ℳ', [(MathVariant.Script, 'R')] = 'ℛ', [(MathVariant.Script, 'e')] = 'ℯ',
        [(MathVariant.Script, 'g')] = 'ℊ', [(MathVariant.Script, 'o')] = 'ℴ',
        [(MathVariant.Fraktur, 'C')] = 'ℭ', [(MathVariant.Fraktur, 'H')] = 'ℌ', [(MathVariant.Fraktur, 'I')] = 'ℑ',
        [(MathVariant.Fraktur, 'R')] = 'ℜ', [(MathVariant.Fraktur, 'Z')] = 'ℨ',
        [(MathVariant.DoubleStruck, 'C')] = 'ℂ', [(MathVariant.DoubleStruck, 'H')] = 'ℍ', [(MathVariant.DoubleStruck, 'N')] = 'ℕ',
        [(MathVariant.DoubleStruck, 'P')] = 'ℙ', [(MathVariant.DoubleStruck, 'Q')] = 'ℚ', [(MathVariant.DoubleStruck, 'R')] = 'ℝ',
        [(MathVariant.DoubleStruck, 'Z')] = 'ℤ',
    };

    /// <summary>
    /// <paramref name="text"/> in <paramref name="variant"/>'s alphabet. The default makes a single Latin or lower-case
    /// Greek letter italic, as TeX does, and leaves words, digits and capital Greek upright.
    /// </summary>
    public static string Map(string text, MathVariant variant)
    {
        if (variant == MathVariant.Default)
            variant = text.Length == 1 && (char.IsAsciiLetter(text[0]) || text[0] is >= 'α' and <= 'ω' or 'ϵ' or 'ϑ' or 'ϕ' or 'ϱ' or 'ϖ' or 'ϰ')
                ? MathVariant.Italic : MathVariant.Upright;
        if (variant == MathVariant.Upright || !Starts.TryGetValue(variant, out var start)) return text;
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text) sb.Append(Map(c, variant, start));
        return sb.ToString();
    }

    private static string Map(char c, MathVariant variant, (int Latin, int Greek, int Digit) start)
    {
        if (Holes.TryGetValue((variant, c), out var hole)) return hole.ToString();
        if (c is >= 'A' and <= 'Z') return char.ConvertFromUtf32(start.Latin + (c - 'A'));
        if (c is >= 'a' and <= 'z') return char.ConvertFromUtf32(start.Latin + 26 + (c - 'a'));
        if (c is >= '0' and <= '9' && start.Digit != 0) return char.ConvertFromUtf32(start.Digit + (c - '0'));
        if (start.Greek != 0 && GreekIndex(c) is { } g) return char.ConvertFromUtf32(start.Greek + g);
        return c.ToString();
    }

    /// <summary>A Greek letter's place in the block's Greek alphabets (capitals, ∇, small letters, ∂ and the variants).</summary>
    private static int? GreekIndex(char c) => c switch
    {
        >= 'Α' and <= 'Ω' when c != '\u03A2' => c - 'Α',
        'ϴ' => 17,
        '∇' => 25,
        >= 'α' and <= 'ω' => 26 + (c - 'α'),
        '∂' => 51, 'ϵ' => 52, 'ϑ' => 53, 'ϰ' => 54, 'ϕ' => 55, 'ϱ' => 56, 'ϖ' => 57,
        _ => null,
    };
}
