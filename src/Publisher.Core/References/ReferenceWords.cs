namespace Publisher.Core.References;

/// <summary>
/// The word a figure's number follows, in the book's language (its primary subtag): what LaTeX's babel and Pandoc's
/// crossref filter print. A template's <c>references.figure</c> names another; a language missing here gets English's.
/// </summary>
public static class ReferenceWords
{
    private static readonly Dictionary<string, string> Figure = new(StringComparer.Ordinal)
    {
        ["ar"] = "شكل", ["az"] = "Şəkil", ["bg"] = "Фигура", ["ca"] = "Figura", ["cs"] = "Obrázek", ["da"] = "Figur",
        ["de"] = "Abbildung", ["el"] = "Σχήμα", ["en"] = "Figure", ["es"] = "Figura", ["et"] = "Joonis", ["fa"] = "شکل",
        ["fi"] = "Kuva", ["fr"] = "Figure", ["he"] = "איור", ["hi"] = "चित्र", ["hr"] = "Slika", ["hu"] = "ábra",
        ["id"] = "Gambar", ["it"] = "Figura", ["ja"] = "図", ["ko"] = "그림", ["lt"] = "Pav.", ["nb"] = "Figur",
        ["nl"] = "Figuur", ["nn"] = "Figur", ["no"] = "Figur", ["pl"] = "Rysunek", ["pt"] = "Figura", ["ro"] = "Figura",
        ["ru"] = "Рисунок", ["sk"] = "Obrázok", ["sl"] = "Slika", ["sr"] = "Слика", ["sv"] = "Figur", ["th"] = "รูปที่",
        ["tr"] = "Şekil", ["uk"] = "Рисунок", ["vi"] = "Hình", ["zh"] = "图",
    };

    private static readonly Dictionary<string, string> Table = new(StringComparer.Ordinal)
    {
        ["ar"] = "جدول", ["az"] = "Cədvəl", ["bg"] = "Таблица", ["ca"] = "Taula", ["cs"] = "Tabulka", ["da"] = "Tabel",
        ["de"] = "Tabelle", ["el"] = "Πίνακας", ["en"] = "Table", ["es"] = "Tabla", ["et"] = "Tabel", ["fa"] = "جدول",
        ["fi"] = "Taulukko", ["fr"] = "Tableau", ["he"] = "טבלה", ["hi"] = "तालिका", ["hr"] = "Tablica", ["hu"] = "táblázat",
        ["id"] = "Tabel", ["it"] = "Tabella", ["ja"] = "表", ["ko"] = "표", ["lt"] = "Lentelė", ["nb"] = "Tabell",
        ["nl"] = "Tabel", ["nn"] = "Tabell", ["no"] = "Tabell", ["pl"] = "Tabela", ["pt"] = "Tabela", ["ro"] = "Tabelul",
        ["ru"] = "Таблица", ["sk"] = "Tabuľka", ["sl"] = "Tabela", ["sr"] = "Табела", ["sv"] = "Tabell", ["th"] = "ตารางที่",
        ["tr"] = "Tablo", ["uk"] = "Таблиця", ["vi"] = "Bảng", ["zh"] = "表",
    };

    /// <summary>The word for a table in <paramref name="language"/> (a BCP 47 tag): "Table", "Tabelle", "表"…</summary>
    public static string TableIn(string language) => Table.GetValueOrDefault(language.Split('-')[0].ToLowerInvariant(), Table["en"]);

    private static readonly Dictionary<string, string> Listing = new(StringComparer.Ordinal)
    {
        ["de"] = "Listing", ["en"] = "Listing", ["es"] = "Listado", ["fr"] = "Listing", ["it"] = "Listato", ["ja"] = "リスト",
        ["nl"] = "Listing", ["pl"] = "Listing", ["pt"] = "Listagem", ["ru"] = "Листинг", ["uk"] = "Лістинг", ["zh"] = "代码",
    };

    /// <summary>The word for a code listing in <paramref name="language"/>: "Listing", "Листинг", "リスト"…</summary>
    public static string ListingIn(string language) => Listing.GetValueOrDefault(language.Split('-')[0].ToLowerInvariant(), Listing["en"]);

    /// <summary>The word for a figure in <paramref name="language"/> (a BCP 47 tag): "Figure", "Abbildung", "図"…</summary>
    public static string FigureIn(string language)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        // Chinese in traditional characters writes 圖.
        if (primary == "zh" && (language.Contains("Hant", StringComparison.OrdinalIgnoreCase)
                                || language.EndsWith("-TW", StringComparison.OrdinalIgnoreCase)
                                || language.EndsWith("-HK", StringComparison.OrdinalIgnoreCase))) return "圖";
        return Figure.GetValueOrDefault(primary, Figure["en"]);
    }

    private static readonly Dictionary<string, string> Index = new(StringComparer.Ordinal)
    {
        ["ar"] = "فهرس", ["az"] = "Göstərici", ["cs"] = "Rejstřík", ["da"] = "Register", ["de"] = "Register",
        ["el"] = "Ευρετήριο", ["en"] = "Index", ["es"] = "Índice alfabético", ["fi"] = "Hakemisto", ["fr"] = "Index",
        ["he"] = "מפתח", ["hu"] = "Tárgymutató", ["it"] = "Indice analitico", ["ja"] = "索引", ["ko"] = "색인",
        ["nb"] = "Register", ["nl"] = "Register", ["nn"] = "Register", ["no"] = "Register", ["pl"] = "Indeks",
        ["pt"] = "Índice remissivo", ["ru"] = "Предметный указатель", ["sv"] = "Register", ["tr"] = "Dizin",
        ["uk"] = "Предметний покажчик", ["zh"] = "索引",
    };

    /// <summary>The title of a book's index in <paramref name="language"/>: "Index", "Register", "索引"…</summary>
    public static string IndexIn(string language) => Index.GetValueOrDefault(language.Split('-')[0].ToLowerInvariant(), Index["en"]);

    private static readonly Dictionary<string, string> Equation = new(StringComparer.Ordinal)
    {
        ["cs"] = "Rovnice", ["da"] = "Ligning", ["de"] = "Gleichung", ["el"] = "Εξίσωση", ["en"] = "Equation",
        ["es"] = "Ecuación", ["fi"] = "Yhtälö", ["fr"] = "Équation", ["it"] = "Equazione", ["ja"] = "式", ["nb"] = "Ligning",
        ["nl"] = "Vergelijking", ["pl"] = "Równanie", ["pt"] = "Equação", ["ru"] = "Уравнение", ["sv"] = "Ekvation",
        ["tr"] = "Denklem", ["uk"] = "Рівняння", ["zh"] = "式",
    };

    /// <summary>The word before an equation's number in a reference, in <paramref name="language"/>: "Equation (3)", "Gleichung (3)"…</summary>
    public static string EquationIn(string language) => Equation.GetValueOrDefault(language.Split('-')[0].ToLowerInvariant(), Equation["en"]);

    private static readonly Dictionary<string, string> OnPage = new(StringComparer.Ordinal)
    {
        ["cs"] = "na straně", ["da"] = "på side", ["de"] = "auf Seite", ["en"] = "on page", ["es"] = "en la página",
        ["fi"] = "sivulla", ["fr"] = "à la page", ["it"] = "a pagina", ["nb"] = "på side", ["nl"] = "op pagina",
        ["pl"] = "na stronie", ["pt"] = "na página", ["ru"] = "на с.", ["sv"] = "på sidan", ["uk"] = "на с.",
    };

    /// <summary>The words before a page number in a reference, in <paramref name="language"/>: "on page", "auf Seite"…</summary>
    public static string OnPageIn(string language) => OnPage.GetValueOrDefault(language.Split('-')[0].ToLowerInvariant(), OnPage["en"]);
}
