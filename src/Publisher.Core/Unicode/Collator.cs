namespace Publisher.Core.Unicode;

/// <summary>How finely a <see cref="Collator"/> tells strings apart (ICU's <c>UCollationStrength</c>).</summary>
public enum CollationStrength
{
    /// <summary>Base letters only: "a", "á" and "A" are one.</summary>
    Primary = 0,
    /// <summary>Letters and accents: "a" and "A" are one, "á" another.</summary>
    Secondary = 1,
    /// <summary>Letters, accents and case (the default).</summary>
    Tertiary = 2,
}

/// <summary>
/// Strings compared as a language sorts them (the Unicode Collation Algorithm with the language's CLDR tailoring, by
/// ICU): "Éclair" beside "eclipse"; in Swedish "Åland" after "Zürich".
/// </summary>
public sealed unsafe class Collator : IDisposable
{
    private nint _handle;

    private Collator(nint handle) => _handle = handle;

    /// <summary>The collator of a BCP 47 language tag ("sv", "zh-Hant"); the root order for a language ICU has no tailoring for.</summary>
    public static Collator For(string languageTag, CollationStrength strength = CollationStrength.Tertiary)
    {
        var locale = Locales.FromLanguageTag(languageTag);
        int status = 0;
        nint handle;
        fixed (byte* id = locale) handle = Icu.CollatorOpen(id, &status);
        Icu.Check(status, $"collator for '{languageTag}'");
        var collator = new Collator(handle);
        if (strength != CollationStrength.Tertiary) Icu.CollatorSetStrength(handle, (int)strength);
        return collator;
    }

    /// <summary>Negative, zero or positive as <paramref name="a"/> sorts before, with or after <paramref name="b"/>.</summary>
    public int Compare(string? a, string? b)
    {
        a ??= "";
        b ??= "";
        fixed (char* x = a)
        fixed (char* y = b)
            return Icu.CollatorCompare(Handle, x, a.Length, y, b.Length);
    }

    /// <summary>The bytes that sort as the string does: two strings equal at this strength have the same key.</summary>
    public byte[] SortKey(string text)
    {
        var key = new byte[Math.Max(32, text.Length * 4)];
        fixed (char* source = text)
        {
            int length;
            fixed (byte* into = key) length = Icu.CollatorSortKey(Handle, source, text.Length, into, key.Length);
            if (length > key.Length)
            {
                key = new byte[length];
                fixed (byte* into = key) length = Icu.CollatorSortKey(Handle, source, text.Length, into, key.Length);
            }
            // The key ends with a zero byte that is not part of it.
            return key.AsSpan(0, Math.Max(0, length - 1)).ToArray();
        }
    }

    /// <summary>The contractions the collator sorts as one (the root's and its language's), each a string.</summary>
    public IReadOnlyList<string> Contractions()
    {
        var set = Icu.SetOpen(1, 0); // start after end: an empty set
        try
        {
            int status = 0;
            Icu.CollatorContractions(Handle, set, 0, 0, &status);
            Icu.Check(status, "contractions");
            return UnicodeSets.Items(set);
        }
        finally
        {
            Icu.SetClose(set);
        }
    }

    private nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(Collator));

    public void Dispose()
    {
        if (_handle != 0) Icu.CollatorClose(_handle);
        _handle = 0;
        GC.SuppressFinalize(this);
    }

    ~Collator()
    {
        if (_handle != 0) Icu.CollatorClose(_handle);
    }
}
