using System.Text;

namespace Publisher.EndToEnd.Tests.Fuzz;

/// <summary>
/// The pieces every generator draws from, all from one seeded <see cref="Random"/>: words in many
/// scripts, characters a careless or hostile file holds (controls, bidi overrides, BOMs,
/// non-characters), huge tokens, and depths that are usually small and now and then enormous.
/// </summary>
internal sealed class FuzzText(Random random)
{
    public Random Random { get; } = random;

    private static readonly string[] Words =
    [
        "harbour", "lantern", "orchard", "valley", "letter", "morning", "river", "stone", "window", "garden",
        "Khojaly", "naïve", "façade", "Straße", "İstanbul", "ağac", "dağ", "şəhər",
        "город", "книга", "ёж", "λόγος", "βιβλίο", "كتاب", "مرحبا", "ספר", "שלום",
        "書籍", "日本語の本", "中文", "한국어", "ภาษาไทย", "हिन्दी", "ქართული", "Ἀθῆναι",
        "e\u0301", "a\u0308\u0301\u0323", "👩‍👩‍👧", "🏳️‍🌈", "1️⃣", "ﬁ", "ﬃ", "x²", "½",
        "--allow-fs-read", "node.js", "C#", "a_b_c", "*not*", "`tick`", "[bracket]", "&amp;", "<tag>", "\\",
    ];

    /// <summary>Characters that are not text: C0 and C1 controls, separators, bidi controls, BOM, non-characters.</summary>
    private static readonly string[] Odd =
    [
        "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085",
        "\u009F", "\u00AD", "\u200B", "\u200D", "\u200E", "\u200F", "\u2028", "\u2029", "\u202E", "\u2066",
        "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "\uD800", "\uDFFF", "\U0010FFFF", "\U000E0001", "\t", "\r",
    ];

    public bool Chance(double p) => Random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public int Between(int min, int max) => Random.Next(min, max + 1);

    /// <summary>A depth of nesting: mostly a few levels, sometimes dozens, rarely thousands.</summary>
    public int Depth() => Random.NextDouble() switch
    {
        < 0.90 => Between(1, 6),
        < 0.98 => Between(7, 60),
        _ => Pick([500, 2_000, 5_000, 20_000, 50_000]),
    };

    /// <summary>
    /// How many of something: mostly a few, rarely very many; at most one once the words drawn so far pass
    /// <see cref="Budget"/> (counts nest: a table's rows of cells of words of huge tokens once took the
    /// generator itself past the machine's memory). Cases that stay under the budget are as they were.
    /// </summary>
    public int Count(int usual)
    {
        var count = Chance(0.97) ? Between(0, usual) : Between(usual, usual * 200);
        return _drawn > Budget ? Math.Min(count, 1) : count;
    }

    /// <summary>Characters of words a case may draw before <see cref="Count"/> stops multiplying them: a chapter
    /// well past <see cref="Publisher.Core.Books.ChapterSize.MaxBytes"/>, so that limit is still met.</summary>
    private const long Budget = 40_000_000;

    private long _drawn;

    public string OddCharacter() => Pick(Odd);

    /// <summary>One word, now and then with an odd character in it, and rarely one enormous token.</summary>
    public string Word()
    {
        var word = Pick(Words);
        if (Chance(0.02)) word = word.Insert(Random.Next(word.Length + 1), OddCharacter());
        if (Chance(0.003)) word = Huge();
        _drawn += word.Length;
        return word;
    }

    /// <summary>A token of tens of thousands of characters without a space.</summary>
    public string Huge() => new StringBuilder().Insert(0, Pick(Words), Between(2_000, 40_000)).ToString();

    public string Sentence(int words = 8) => string.Join(' ', Enumerable.Range(0, Between(1, words)).Select(_ => Word()));

    /// <summary>An identifier-like name (ids, classes, languages, file names), sometimes a strange one.</summary>
    public string Name() => Random.NextDouble() switch
    {
        < 0.7 => Pick(["intro", "fn:1", "print-page-8", "same", "x", "a-b", "chapter-1", "toc", "cover"]),
        < 0.9 => Word(),
        _ => Pick(["", " ", "-", "1", "\"", "'", "=", "{", "#", "..", "a b", "é"]),
    };

    /// <summary>A length as a template writes one, or something that is not quite one.</summary>
    public string Length() => Random.NextDouble() switch
    {
        < 0.6 => $"{Between(0, 40)}{Pick(["pt", "mm", "cm", "in", "em"])}",
        < 0.8 => Pick(["0", "12", "-3mm", "1e9pt", "0.000001pt", "NaNpt", "Infinitypt", "12 pt", "12px", "1.5.5em", "9999in"]),
        _ => Word(),
    };
}
