namespace Publisher.Core.Unicode;

/// <summary>
/// Unicode's composed form, NFC (UAX #15), by ICU, and the compatibility decomposition NFKD where an index compares
/// letters. .NET's own <c>string.Normalize</c> does nothing in the invariant
/// globalization mode the tool runs in (so that no output depends on the machine's cultures).
/// </summary>
public static unsafe class Normalization
{
    private static readonly nint Nfc = Open(Icu.NfcInstance, "NFC");
    private static readonly Lazy<nint> Nfkd = new(() => Open(Icu.NfkdInstance, "NFKD"));

    private static nint Open(delegate* unmanaged<int*, nint> instance, string form)
    {
        int status = 0;
        var normalizer = instance(&status);
        Icu.Check(status, form);
        return normalizer;
    }

    /// <summary>True when <paramref name="text"/> is in NFC already.</summary>
    public static bool IsComposed(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return true;
        int status = 0;
        byte result;
        fixed (char* chars = text) result = Icu.IsNormalized(Nfc, chars, text.Length, &status);
        Icu.Check(status, "NFC check");
        return result != 0;
    }

    /// <summary>The NFC form of <paramref name="text"/>.</summary>
    public static string Compose(ReadOnlySpan<char> text) => Normalize(Nfc, text);

    /// <summary>The NFKD form of <paramref name="text"/>: "Ё" is "Е" and a combining diaeresis, "ﬁ" is "fi".</summary>
    public static string DecomposeCompatible(ReadOnlySpan<char> text) => Normalize(Nfkd.Value, text);

    private static string Normalize(nint normalizer, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        // At most 18 times as long as its source (UAX #15's bound for NFKD; 3 for NFC); most text is about as long.
        var buffer = new char[Math.Max(16, text.Length * (normalizer == Nfc ? 3 : 18))];
        int status = 0, length;
        fixed (char* source = text)
        fixed (char* into = buffer)
            length = Icu.Normalize(normalizer, source, text.Length, into, buffer.Length, &status);
        Icu.Check(status, "normalization");
        return new string(buffer, 0, length);
    }

    /// <summary>True when NFC never composes <paramref name="codePoint"/> with what comes before it: a segment may start there.</summary>
    public static bool HasBoundaryBefore(int codePoint) => Icu.HasBoundaryBefore(Nfc, codePoint) != 0;
}
