namespace Publisher.Core.Text;

/// <summary>
/// Whether a book's language is written right to left, so that reading systems lay out
/// its pages and turn them the right way. Decided from the BCP 47 tag's script or language.
/// </summary>
public static class TextDirection
{
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
        { "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi" };

    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase)
        { "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg" };

    public static bool IsRightToLeft(string language)
    {
        var parts = language.Split('-');
        // An explicit script wins: az-Arab is right to left, ku-Latn is not.
        if (parts.Skip(1).FirstOrDefault(p => p.Length == 4) is { } script) return RightToLeftScripts.Contains(script);
        return RightToLeftLanguages.Contains(parts[0]);
    }
}
