namespace Publisher.Core.Unicode;

/// <summary>
/// The Script property of characters (UAX #24), as ICU's script codes (<c>UScriptCode</c>; the numbers are
/// ICU's, the same in every release), and the scripts' names.
/// </summary>
public static unsafe class UnicodeScript
{
    public const int Common = 0, Inherited = 1, Arabic = 2, Bopomofo = 5, Cyrillic = 8, Devanagari = 10, Greek = 14,
        Han = 17, Hangul = 18, Hebrew = 19, Hiragana = 20, Katakana = 22, Latin = 25, Thai = 38, Unknown = 103;

    // The Basic Multilingual Plane's scripts, filled on first use of each character (a byte store: a race writes the
    // same value). Book text asks for a script per character, several times over.
    private const byte NotLooked = 0xFF;
    private static readonly byte[] Bmp = NewTable();

    private static byte[] NewTable()
    {
        var table = new byte[0x10000];
        Array.Fill(table, NotLooked);
        return table;
    }

    /// <summary>The script of <paramref name="codePoint"/>: <see cref="Common"/> for punctuation and digits shared by scripts.</summary>
    public static int Of(int codePoint)
    {
        if ((uint)codePoint < 0x10000)
        {
            var known = Bmp[codePoint];
            if (known != NotLooked) return known;
        }
        int status = 0;
        var script = Icu.GetScript(codePoint, &status);
        if (status > 0) return Unknown;
        if ((uint)codePoint < 0x10000 && script < NotLooked) Bmp[codePoint] = (byte)script;
        return script;
    }

    /// <summary>
    /// The scripts a character is used in (Script_Extensions): the Arabic comma is Common, used in Arabic, Syriac,
    /// Thaana and others. A character of one script gives just that script.
    /// </summary>
    public static IReadOnlyList<int> Extensions(int codePoint)
    {
        Span<int> scripts = stackalloc int[64];
        int status = 0;
        int count;
        fixed (int* into = scripts) count = Icu.GetScriptExtensions(codePoint, into, scripts.Length, &status);
        return status > 0 ? [Of(codePoint)] : scripts[..count].ToArray();
    }

    /// <summary>The script's long name, as Unicode spells it: "Arabic", "Old_Italic".</summary>
    public static string Name(int script) => Icu.FromAscii(Icu.GetScriptName(script)) ?? "Unknown";

    /// <summary>The script an ISO 15924 code ("latn", "Cyrl") or a name names, or -1.</summary>
    public static int CodeOf(string name)
    {
        var ascii = Icu.Ascii(name);
        int code = -1, status = 0, count;
        fixed (byte* text = ascii) count = Icu.GetScriptCode(text, &code, 1, &status);
        return status > 0 || count < 1 ? -1 : code;
    }
}
