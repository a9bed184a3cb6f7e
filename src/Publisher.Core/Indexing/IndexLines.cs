namespace Publisher.Core.Indexing;

/// <summary>
/// One line of the set index, in order: a group's letter (<see cref="Entry"/> null), a term (<see cref="Depth"/> 0) or
/// a sub-term (1). <see cref="Ordinal"/> counts from 1 (0 is the index's title): both formats number the lines alike,
/// so that the print edition's page breaks inside the index (<see cref="PrintPages.PrintPosition.InIndex"/>) find
/// their place in the EPUB's index document.
/// </summary>
public sealed record IndexLine(int Ordinal, int Depth, string Text, IndexEntry? Entry);

public static class IndexLines
{
    public static IEnumerable<IndexLine> Of(IReadOnlyList<IndexGroup> groups)
    {
        var ordinal = 0;
        foreach (var group in groups)
        {
            yield return new IndexLine(++ordinal, -1, group.Label, null);
            foreach (var entry in group.Entries)
            {
                yield return new IndexLine(++ordinal, 0, entry.Term, entry);
                foreach (var sub in entry.SubEntries) yield return new IndexLine(++ordinal, 1, sub.Term, sub);
            }
        }
    }
}
