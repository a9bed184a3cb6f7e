using ICU4N.Globalization;
using ICU4N.Text;

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

    public static IReadOnlyList<IndexGroup> Of(IReadOnlyList<IndexMark> marks, string language)
    {
        if (marks.Count == 0) return [];
        var culture = new UCultureInfo(language);
        var alphabet = new AlphabeticIndex<IndexEntry>(culture);
        alphabet.SetUnderflowLabel(SymbolsLabel);
        alphabet.SetOverflowLabel(SymbolsLabel);
        var collator = (Collator)alphabet.Collator.Clone();
        // Case apart, two spellings are one term: compared without case (secondary strength), accents still count.
        collator.Strength = CollationStrength.Secondary;
        var order = Comparer<string>.Create(alphabet.Collator.Compare);
        foreach (var same in ByTerm(marks, m => m.Term, collator))
        {
            var subEntries = ByTerm(same.Where(m => m.SubTerm is not null).ToList(), m => m.SubTerm!, collator)
                .Select(sub => new IndexEntry(Spelling(sub.Select(m => m.SubTerm!)), sub, []))
                .OrderBy(sub => sub.Term, order).ToList();
            var entry = new IndexEntry(Spelling(same.Select(m => m.Term)), same.Where(m => m.SubTerm is null).ToList(), subEntries);
            alphabet.AddRecord(entry.Term, entry);
        }
        var groups = new List<IndexGroup>();
        foreach (var bucket in alphabet)
        {
            if (bucket.Count == 0) continue;
            var entries = bucket.Select(record => record.Data).ToList();
            // The symbols' two buckets (before the letters and after them) are one group, where the first stands.
            if (groups.Count > 0 && bucket.Label == SymbolsLabel && groups.Find(g => g.Label == SymbolsLabel) is { } symbols)
                ((List<IndexEntry>)symbols.Entries).AddRange(entries);
            else groups.Add(new IndexGroup(bucket.Label, entries));
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
            var key = Convert.ToHexString(collator.GetCollationKey(term(mark)).ToByteArray());
            if (!byKey.TryGetValue(key, out var same)) groups.Add(byKey[key] = same = []);
            same.Add(mark);
        }
        return groups;
    }

    /// <summary>The spelling written most often; the first written, on a tie.</summary>
    private static string Spelling(IEnumerable<string> written) =>
        written.GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
}
