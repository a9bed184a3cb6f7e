using System.Globalization;
using Publisher.Core.Unicode;

namespace Publisher.Core.Indexing;

/// <summary>
/// The headings an index of a language groups its terms under, and which one a term falls under: ICU's alphabetic
/// index (UTS #35's index characters), made from the collator and CLDR's letters of the language. Each heading starts
/// a bucket that runs to the next heading; terms before the first letter (digits, symbols), after the last letter
/// of the language's script and between two scripts of headings fall under the labels given for those places.
/// </summary>
internal sealed class IndexLetters
{
    // Strings that start with these sort where a script starts (U+FDD1 and the script's first letter, in the root
    // order) and, in Chinese orders, where a pinyin letter or a stroke count starts (U+FDD0 and the letter).
    private const char ScriptStart = '\uFDD1', ChineseStart = '\uFDD0';
    private const int MostLabels = 99;

    private readonly Collator _primary;
    private readonly List<(string Label, string Boundary)> _buckets;

    private IndexLetters(Collator primary, List<(string, string)> buckets)
    {
        _primary = primary;
        _buckets = buckets;
    }

    /// <summary>The headings of <paramref name="languageTag"/>'s index, compared with <paramref name="primary"/> (the language's collator at primary strength).</summary>
    public static IndexLetters For(string languageTag, Collator primary, string underflow, string inflow, string overflow)
    {
        // Thousands of strings (the root order's and the language's): read once for both uses.
        var contractions = primary.Contractions();
        var scriptStarts = contractions
            .Where(s => s.Length > 1 && s[0] == ScriptStart && IsLetterOrUnassigned(char.ConvertToUtf32(s, 1)))
            .ToList();
        scriptStarts.Sort(primary.Compare);
        var labels = Labels(Initial(languageTag, contractions), primary, scriptStarts);

        var buckets = new List<(string, string)> { (underflow, "") };
        var scriptIndex = -1;
        var scriptEnd = "";
        foreach (var label in labels)
        {
            if (primary.Compare(label, scriptEnd) >= 0)
            {
                // The label is of a later script than the one before it: a bucket for the scripts skipped between.
                var inflowFrom = scriptEnd;
                var skipped = false;
                while (scriptIndex + 1 < scriptStarts.Count)
                {
                    scriptEnd = scriptStarts[++scriptIndex];
                    if (primary.Compare(label, scriptEnd) < 0) break;
                    skipped = true;
                }
                if (skipped && buckets.Count > 1) buckets.Add((inflow, inflowFrom));
            }
            buckets.Add((Shown(label), label));
        }
        if (buckets.Count > 1) buckets.Add((overflow, scriptEnd));
        return new IndexLetters(primary, buckets);
    }

    /// <summary>The label of the bucket <paramref name="term"/> falls in: the last whose start sorts at or before it.</summary>
    public string LabelOf(string term) => _buckets[IndexOf(term)].Label;

    /// <summary>The position of the bucket <paramref name="term"/> falls in, 0 for the one before the letters.</summary>
    public int IndexOf(string term)
    {
        int low = 0, high = _buckets.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_primary.Compare(_buckets[middle].Boundary, term) <= 0) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /// <summary>
    /// The letters to start from: a Chinese order's own (pinyin letters or stroke counts, with A to Z beside pinyin), else
    /// CLDR's index letters, else the language's letters in capitals, with A to Z beside any Latin.
    /// </summary>
    private static IEnumerable<string> Initial(string languageTag, IReadOnlyList<string> contractions)
    {
        var chinese = contractions.Where(s => s.Length > 1 && s[0] == ChineseStart).ToList();
        if (chinese.Count > 0)
            return chinese.Any(s => s[^1] is >= 'A' and <= 'Z') ? chinese.Concat(AToZ()) : chinese;
        var index = ExemplarCharacters.Index(languageTag);
        if (index.Count > 0) return index;
        var letters = ExemplarCharacters.Standard(languageTag).ToList();
        if (letters.Count == 0 || letters.Any(s => s.Length == 1 && s[0] is >= 'a' and <= 'z')) letters.AddRange(AToZ());
        return letters.Select(s => s.ToUpperInvariant()).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> AToZ() => Enumerable.Range('A', 26).Select(c => ((char)c).ToString());

    /// <summary>
    /// The letters sorted, without those that sort with no letter, after the last script, or as their characters do
    /// apart ("ch" where it is not a letter of its own), and one of each set of letters primary-equal (the simplest).
    /// </summary>
    private static List<string> Labels(IEnumerable<string> initial, Collator primary, List<string> scriptStarts)
    {
        var sorted = new List<string>();
        if (scriptStarts.Count == 0) return sorted;
        var first = scriptStarts[0];
        var overflow = scriptStarts[^1];
        foreach (var candidate in initial)
        {
            var item = candidate;
            var checkDistinct = item.EnumerateRunes().Count() > 1;
            if (item.Length > 1 && item[^1] == '*' && item[^2] != '*')
            {
                item = item[..^1];
                checkDistinct = false;
            }
            if (primary.Compare(item, first) < 0 || primary.Compare(item, overflow) >= 0) continue;
            if (checkDistinct && primary.Compare(item, string.Join('\u034F', item.EnumerateRunes())) == 0) continue;
            var at = sorted.BinarySearch(item, Comparer<string>.Create(primary.Compare));
            if (at < 0) sorted.Insert(~at, item);
            else if (Simpler(item, sorted[at])) sorted[at] = item;
        }
        // ICU's limit: a long list keeps every n-th letter.
        if (sorted.Count > MostLabels)
        {
            var step = (double)sorted.Count / MostLabels;
            sorted = Enumerable.Range(0, MostLabels).Select(i => sorted[(int)(i * step)]).ToList();
        }
        return sorted;
    }

    /// <summary>
    /// Of two letters that sort alike, the one to head the group, as ICU chooses: the shorter in compatibility
    /// decomposition (Russian "Е" over "Ё", which is "Е" and a diaeresis), then the first of the decompositions, then
    /// of the letters, in code order.
    /// </summary>
    private static bool Simpler(string one, string other)
    {
        var (a, b) = (Normalization.DecomposeCompatible(one), Normalization.DecomposeCompatible(other));
        var byLength = a.EnumerateRunes().Count() - b.EnumerateRunes().Count();
        if (byLength != 0) return byLength < 0;
        var byDecomposition = string.CompareOrdinal(a, b);
        return byDecomposition != 0 ? byDecomposition < 0 : string.CompareOrdinal(one, other) < 0;
    }

    /// <summary>A Chinese order's label without its marker; a stroke count (U+2801…) as the number and 劃 ("strokes").</summary>
    private static string Shown(string label)
    {
        if (label.Length < 2 || label[0] != ChineseStart) return label;
        var rest = label[1];
        return rest is > '\u2800' and <= '\u28FF' ? (rest - 0x2800).ToString(CultureInfo.InvariantCulture) + "\u5283" : label[1..];
    }

    private static bool IsLetterOrUnassigned(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.OtherNotAssigned;
}
