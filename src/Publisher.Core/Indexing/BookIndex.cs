using Publisher.Core.Unicode;

namespace Publisher.Core.Indexing;

/// <summary>A term of the index: where it is marked, and its sub-terms, each with where it is marked.</summary>
/// <param name="Marks">The places marked with the term alone, in reading order.</param>
/// <param name="SubEntries">The sub-terms, sorted; they have no sub-terms of their own.</param>
public sealed record IndexEntry(string Term, IReadOnlyList<IndexMark> Marks, IReadOnlyList<IndexEntry> SubEntries);

/// <summary>The terms under one heading of the index: a letter ("A"), or the book's script's equivalent.</summary>
public sealed record IndexGroup(string Label, IReadOnlyList<IndexEntry> Entries);

/// <summary>
/// The book's index: its marked terms sorted as the book's language sorts (ICU's collation: "Éclair" beside
/// "eclipse", and in Swedish "Åland" after "Zürich"), under the letters ICU's alphabetic index gives that language
/// (A to Z in English, А to Я in Russian). A term written with different capitals ("Harbour" at a sentence's start,
/// "harbour" in it) is one entry, shown as it is written most often (the first such form on a tie).
/// </summary>
public static class BookIndex
{
    /// <summary>What heads the terms that begin with no letter of the language (digits, symbols).</summary>
    public const string SymbolsLabel = "#";

    /// <summary>What heads the terms of a script between two scripts of the language's letters (ICU's default).</summary>
    public const string InflowLabel = "\u2026";

    public static IReadOnlyList<IndexGroup> Of(IReadOnlyList<IndexMark> marks, string language)
    {
        if (marks.Count == 0) return [];
        using var order = Collator.For(language);
        // Case apart, two spellings are one term: compared without case (secondary strength), accents still count.
        using var sameTerm = Collator.For(language, CollationStrength.Secondary);
        using var primary = Collator.For(language, CollationStrength.Primary);
        var letters = IndexLetters.For(language, primary, SymbolsLabel, InflowLabel, SymbolsLabel);
        var comparer = Comparer<string>.Create(order.Compare);
        var entries = new List<IndexEntry>();
        foreach (var same in ByTerm(marks, m => m.Term, sameTerm))
        {
            var subEntries = ByTerm(same.Where(m => m.SubTerm is not null).ToList(), m => m.SubTerm!, sameTerm)
                .Select(sub => new IndexEntry(Spelling(sub.Select(m => m.SubTerm!)), sub, []))
                .OrderBy(sub => sub.Term, comparer).ToList();
            entries.Add(new IndexEntry(Spelling(same.Select(m => m.Term)), same.Where(m => m.SubTerm is null).ToList(), subEntries));
        }
        var groups = new List<IndexGroup>();
        foreach (var bucket in entries.OrderBy(e => e.Term, comparer).GroupBy(e => letters.IndexOf(e.Term)).OrderBy(b => b.Key))
        {
            var label = letters.LabelOf(bucket.First().Term);
            // Buckets with one label are one group, where the first stands: the symbols before the letters and after
            // them, and in Chinese the pinyin letter and the Latin one. Each bucket of scripts between the letters'
            // scripts ("…") stays where it sorts, as in ICU.
            if (label != InflowLabel && groups.Find(g => g.Label == label) is { } earlier) ((List<IndexEntry>)earlier.Entries).AddRange(bucket);
            else groups.Add(new IndexGroup(label, bucket.ToList()));
        }
        return groups;
    }

    /// <summary>The marks grouped by their term, case apart, in the order each term first comes.</summary>
    private static List<List<IndexMark>> ByTerm(IReadOnlyList<IndexMark> marks, Func<IndexMark, string> term, Collator collator)
    {
        var groups = new List<List<IndexMark>>();
        var byKey = new Dictionary<string, List<IndexMark>>(StringComparer.Ordinal);
        foreach (var mark in marks)
        {
            var key = Convert.ToHexString(collator.SortKey(term(mark)));
            if (!byKey.TryGetValue(key, out var same)) groups.Add(byKey[key] = same = []);
            same.Add(mark);
        }
        return groups;
    }

    /// <summary>The spelling written most often; the first written, on a tie.</summary>
    private static string Spelling(IEnumerable<string> written) =>
        written.GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
}
