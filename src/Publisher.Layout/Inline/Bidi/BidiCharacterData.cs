using Publisher.Core.Unicode;

namespace Publisher.Layout.Inline.Bidi;

/// <summary>
/// The character properties the algorithm needs, read from the system's ICU (Unicode 15.0 in Debian 12's
/// ICU 72): Bidi_Class, Bidi_Paired_Bracket and Bidi_Paired_Bracket_Type. The classes of the
/// Basic Multilingual Plane and their bracket types are kept in a table (64 KB) filled on first use
/// of each character.
/// </summary>
internal static class BidiCharacterData
{
    // The BMP table holds the class in the low five bits and Bidi_Paired_Bracket_Type above them.
    private const byte Unknown = 0xFF;
    private const int ClassMask = 0x1F, BracketShift = 5;
    private static readonly byte[] BmpProperties = CreateTable();

    private static byte[] CreateTable()
    {
        var table = new byte[0x10000];
        Array.Fill(table, Unknown);
        return table;
    }

    public static BidiClass ClassOf(int codePoint) =>
        codePoint < 0x10000 ? (BidiClass)(BmpEntry(codePoint) & ClassMask) : FromIcu(codePoint);

    /// <summary>Bidi_Paired_Bracket_Type: <see cref="BracketOpen"/>, <see cref="BracketClose"/> or 0 (none).</summary>
    public const int BracketOpen = 1, BracketClose = 2;

    public static int BracketType(int codePoint) =>
        codePoint < 0x10000 ? BmpEntry(codePoint) >> BracketShift : BracketTypeFromIcu(codePoint);

    private static int BmpEntry(int codePoint)
    {
        var entry = BmpProperties[codePoint];
        if (entry != Unknown) return entry;
        entry = (byte)((int)FromIcu(codePoint) | (BracketTypeFromIcu(codePoint) << BracketShift));
        BmpProperties[codePoint] = entry; // a byte store: a race writes the same value
        return entry;
    }

    private static int BracketTypeFromIcu(int codePoint) =>
        CharacterProperties.BidiPairedBracketType(codePoint);

    // ICU's UCharDirection numbers, in its order, as BidiClass values.
    private static readonly BidiClass[] ByIcuDirection =
    [
        BidiClass.L, BidiClass.R, BidiClass.EN, BidiClass.ES, BidiClass.ET, BidiClass.AN, BidiClass.CS, BidiClass.B,
        BidiClass.S, BidiClass.WS, BidiClass.ON, BidiClass.LRE, BidiClass.LRO, BidiClass.AL, BidiClass.RLE, BidiClass.RLO,
        BidiClass.PDF, BidiClass.NSM, BidiClass.BN, BidiClass.FSI, BidiClass.LRI, BidiClass.RLI, BidiClass.PDI,
    ];

    private static BidiClass FromIcu(int codePoint) =>
        CharacterProperties.BidiClass(codePoint) is var d && (uint)d < (uint)ByIcuDirection.Length ? ByIcuDirection[d] : BidiClass.L;

    /// <summary>The Bidi_Paired_Bracket of an opening bracket, as its canonical equivalent (BD16).</summary>
    public static int PairedBracket(int codePoint) => Canonical(CharacterProperties.BidiPairedBracket(codePoint));

    /// <summary>
    /// Brackets compare by their canonical equivalents (BD16, since Unicode 8.0): the angle brackets
    /// U+2329 and U+232A decompose to U+3008 and U+3009; no other paired bracket has a decomposition.
    /// </summary>
    public static int Canonical(int codePoint) => codePoint switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => codePoint,
    };

    /// <summary>
    /// Whether a UTF-16 unit can make a left-to-right paragraph anything but level 0: a strong
    /// right-to-left letter (R, AL), an Arabic number (AN) or an explicit formatting character. In
    /// Unicode 15.0's data every such character of the BMP lies in U+0590–U+08FF, U+FB1D–U+FEFE, or is RLM
    /// (U+200F), one of U+202A–U+202E or U+2066–U+2069; ALM (U+061C) is AL. The ranges are a little
    /// wider than the characters (some marks and letters in them are L or NSM), which only sends such
    /// text down the full path. A surrogate is looked up.
    /// </summary>
    public static bool MayNeedResolution(char c) =>
        c >= 0x0590 && (c <= 0x08FF
            || c == 0x200F
            || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069)
            || (c >= 0xD800 && c <= 0xDFFF)
            || (c >= 0xFB1D && c <= 0xFEFE));

    /// <summary>Whether a left-to-right paragraph of this text has any level other than 0.</summary>
    public static bool NeedsResolution(ReadOnlySpan<char> text)
    {
        // Most text of a Latin-script book has nothing from U+0590 on: one vectorized scan says so.
        var first = text.IndexOfAnyInRange('\u0590', '\uFFFF');
        if (first < 0) return false;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!MayNeedResolution(c)) continue;
            if (!char.IsSurrogate(c)) return true;
            // Supplementary planes: look the code point up (a lone surrogate is L).
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cls = ClassOf(char.ConvertToUtf32(c, text[i + 1]));
                i++;
                if (cls is BidiClass.R or BidiClass.AL or BidiClass.AN || cls >= BidiClass.LRE) return true;
            }
        }
        return false;
    }
}
