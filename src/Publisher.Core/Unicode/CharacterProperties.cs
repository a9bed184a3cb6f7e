namespace Publisher.Core.Unicode;

/// <summary>The character properties of the Unicode Character Database the layout asks ICU for, one character at a time.</summary>
public static unsafe class CharacterProperties
{
    private const int BidiPairedBracketTypeProperty = 0x1015; // UCHAR_BIDI_PAIRED_BRACKET_TYPE

    /// <summary>Bidi_Class, as ICU's <c>UCharDirection</c> numbers (0 L, 1 R, 2 EN … 13 AL … 22 PDI).</summary>
    public static int BidiClass(int codePoint) => Icu.CharDirection(codePoint);

    /// <summary>Bidi_Paired_Bracket_Type: 0 none, 1 open, 2 close.</summary>
    public static int BidiPairedBracketType(int codePoint) => Icu.GetIntPropertyValue(codePoint, BidiPairedBracketTypeProperty);

    /// <summary>Bidi_Paired_Bracket: the bracket that pairs with this one, or the character itself.</summary>
    public static int BidiPairedBracket(int codePoint) => Icu.GetBidiPairedBracket(codePoint);

    /// <summary>Bidi_Mirroring_Glyph: the character drawn for this one at a right-to-left level, or the character itself.</summary>
    public static int Mirror(int codePoint) => Icu.CharMirror(codePoint);

    /// <summary>The character's name ("MALAYALAM LETTER A"), or "" when it has none (unassigned, a control).</summary>
    public static string Name(int codePoint)
    {
        Span<byte> name = stackalloc byte[128];
        int status = 0, length;
        fixed (byte* into = name) length = Icu.CharName(codePoint, 0 /* U_UNICODE_CHAR_NAME */, into, name.Length, &status);
        return status > 0 || length <= 0 ? "" : System.Text.Encoding.ASCII.GetString(name[..Math.Min(length, name.Length)]);
    }
}
