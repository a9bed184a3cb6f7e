using Publisher.Core.Caching;

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
    /// <summary>A book not rebuilt for three builds (another book of the project was) loses its paragraphs.</summary>
    private readonly KeptAcrossBuilds<ParagraphKey, BrokenParagraph> _paragraphs = new(keptFor: 3);

    /// <summary>Paragraphs found in this memory since it was made (for tests).</summary>
    public int Hits => _paragraphs.Hits;

    /// <summary>Said when a book's typesetting starts.</summary>
    public void StartBuild() => _paragraphs.StartBuild();

    internal BrokenParagraph? Find(ParagraphKey key) => _paragraphs.Find(key);

    internal void Keep(ParagraphKey key, BrokenParagraph paragraph) => _paragraphs.Keep(key, paragraph);
}

/// <summary>A paragraph's glyphs, where its lines may break, and the lines chosen: what <see cref="LineMemory"/> keeps.</summary>
internal sealed record BrokenParagraph(ParagraphGlyphs Glyphs, CodeBreaks Code, List<LineSpan> Lines);
