namespace Publisher.Core.Unicode;

/// <summary>BCP 47 language tags, as the book's settings write them, in ICU's spelling of a locale.</summary>
internal static unsafe class Locales
{
    /// <summary>ICU's locale id for a tag ("zh-Hant-TW" is "zh_Hant_TW"), NUL-terminated; the root's ("") for an empty or bad tag.</summary>
    public static byte[] FromLanguageTag(string tag)
    {
        var ascii = Icu.Ascii(tag);
        var id = new byte[157]; // ULOC_FULLNAME_CAPACITY
        int status = 0, parsed = 0, length;
        fixed (byte* source = ascii)
        fixed (byte* into = id)
            length = Icu.ForLanguageTag(source, into, id.Length - 1, &parsed, &status);
        if (status > 0 || length <= 0) return [0];
        id[length] = 0;
        return id[..(length + 1)];
    }
}
