namespace Publisher.Core.Unicode;

/// <summary>The letters CLDR lists for a language: those an index heads its groups with, and those it writes with.</summary>
public static unsafe class ExemplarCharacters
{
    /// <summary>The letters an index of the language is grouped under (CLDR's index exemplars): A to Z in English, А to Я in Russian; empty when CLDR has none.</summary>
    public static IReadOnlyList<string> Index(string languageTag) => Read(languageTag, 2 /* ULOCDATA_ES_INDEX */);

    /// <summary>The letters the language is written with (CLDR's main exemplars).</summary>
    public static IReadOnlyList<string> Standard(string languageTag) => Read(languageTag, 0 /* ULOCDATA_ES_STANDARD */);

    private static List<string> Read(string languageTag, int kind)
    {
        var locale = Locales.FromLanguageTag(languageTag);
        int status = 0;
        nint data;
        fixed (byte* id = locale) data = Icu.LocaleDataOpen(id, &status);
        if (status > 0) return [];
        try
        {
            var set = Icu.LocaleDataExemplarSet(data, 0, 0, kind, &status);
            if (status > 0 || set == 0) return [];
            try
            {
                return UnicodeSets.Items(set);
            }
            finally
            {
                Icu.SetClose(set);
            }
        }
        finally
        {
            Icu.LocaleDataClose(data);
        }
    }
}
