namespace Publisher.Core.Unicode;

/// <summary>
/// Unicode's composed form, NFC (UAX #15), by ICU. .NET's own <c>string.Normalize</c> does nothing in the invariant
/// globalization mode the tool runs in (so that no output depends on the machine's cultures).
/// </summary>
public static unsafe class Normalization
{
    private static readonly nint Nfc = OpenNfc();

    private static nint OpenNfc()
    {
        int status = 0;
        var nfc = Icu.NfcInstance(&status);
        Icu.Check(status, "NFC");
        return nfc;
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
    public static string Compose(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        // NFC is at most three times as long as its source (UAX #15's bound); most text is shorter.
        var buffer = new char[Math.Max(16, text.Length * 3)];
        int status = 0, length;
        fixed (char* source = text)
        fixed (char* into = buffer)
            length = Icu.Normalize(Nfc, source, text.Length, into, buffer.Length, &status);
        Icu.Check(status, "NFC");
        return new string(buffer, 0, length);
    }

    /// <summary>True when NFC never composes <paramref name="codePoint"/> with what comes before it: a segment may start there.</summary>
    public static bool HasBoundaryBefore(int codePoint) => Icu.HasBoundaryBefore(Nfc, codePoint) != 0;
}
