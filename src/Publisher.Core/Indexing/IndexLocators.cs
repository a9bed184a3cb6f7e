using System.Globalization;

namespace Publisher.Core.Indexing;

/// <summary>One locator of an entry: a page (the first place marked on it), or a run of pages from one to another.</summary>
/// <param name="To">The run's last page and its first place; null for a single page.</param>
public sealed record IndexLocator((string Label, IndexMark Mark) From, (string Label, IndexMark Mark)? To);

/// <summary>
/// What follows a term in the index, in print and in the EPUB alike: the pages of its places as the print edition labels
/// them, a page once however often the term is marked there, pages whose numbers follow one another joined into a run
/// ("12–14"). A place whose page is not known (the first layout) is left out.
/// </summary>
public static class IndexLocators
{
    /// <summary>Between the two pages of a run.</summary>
    public const string RunDash = "\u2013";

    public static List<IndexLocator> Of(IReadOnlyList<IndexMark> marks, Func<IndexMark, string?> pageOf)
    {
        var pages = new List<(string Label, IndexMark Mark)>();
        foreach (var mark in marks)
            if (pageOf(mark) is { } label && !pages.Exists(p => p.Label == label))
                pages.Add((label, mark));
        var locators = new List<IndexLocator>();
        for (var i = 0; i < pages.Count;)
        {
            var end = i;
            while (end + 1 < pages.Count && Number(pages[end + 1].Label) is { } next && Number(pages[end].Label) == next - 1) end++;
            locators.Add(new IndexLocator(pages[i], end > i ? pages[end] : null));
            i = end + 1;
        }
        return locators;
    }

    private static int? Number(string label) => int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
