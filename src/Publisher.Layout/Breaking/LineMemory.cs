using System.Collections.Concurrent;

namespace Publisher.Layout.Breaking;

/// <summary>
/// Paragraphs shaped and broken in earlier builds of the same process (<c>publisher watch</c>), kept for the
/// builds after: a save changes one paragraph of a book, and every other paragraph's text, fonts and width come
/// again unchanged. Shaping, finding break opportunities, hyphenation and the total-fit search are most of a
/// rebuild's time, and their result is a function of exactly what <see cref="ParagraphKey"/> holds, so a paragraph
/// found here is set from the kept glyphs and lines: the same rows, to the byte, as breaking it again.
/// A plain build has none: for a single build it would only keep memory.
/// </summary>
public sealed class LineMemory
{
    private readonly ConcurrentDictionary<ParagraphKey, Entry> _entries = new();
    private int _build;

    /// <summary>How many builds a paragraph is kept without being asked for (a book not rebuilt meanwhile loses its entries).</summary>
    private const int KeptFor = 3;

    private sealed class Entry(BrokenParagraph paragraph, int build)
    {
        public readonly BrokenParagraph Paragraph = paragraph;
        public int Build = build;
    }

    /// <summary>Paragraphs found in this memory since it was made (for tests and <c>--timings</c>).</summary>
    public int Hits => _hits;
    private int _hits;

    /// <summary>Said when a book's typesetting starts: entries not asked for in the last builds are dropped.</summary>
    public void StartBuild()
    {
        var build = Interlocked.Increment(ref _build);
        foreach (var (key, entry) in _entries)
            if (build - entry.Build > KeptFor) _entries.TryRemove(key, out _);
    }

    internal BrokenParagraph? Find(ParagraphKey key)
    {
        if (!_entries.TryGetValue(key, out var entry)) return null;
        entry.Build = Volatile.Read(ref _build);
        Interlocked.Increment(ref _hits);
        return entry.Paragraph;
    }

    internal void Keep(ParagraphKey key, BrokenParagraph paragraph) => _entries[key] = new Entry(paragraph, Volatile.Read(ref _build));
}

/// <summary>A paragraph's glyphs, where its lines may break, and the lines chosen: what <see cref="LineMemory"/> keeps.</summary>
internal sealed record BrokenParagraph(ParagraphGlyphs Glyphs, CodeBreaks Code, List<LineSpan> Lines);
