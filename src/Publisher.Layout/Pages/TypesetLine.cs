namespace Publisher.Layout.Pages;

/// <summary>Where a block came from: a source file (as diagnostics show it) and a 1-based line in it.</summary>
public readonly record struct SourceLine(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}

/// <summary>
/// One line of a paragraph as it was set, kept beside the page's items so that the typography report
/// (<see cref="Report.TypographyReport"/>) can judge the lines without reading glyphs back. Painting ignores it.
/// </summary>
public sealed record TypesetLine
{
    /// <summary>The paragraph's source; null for text a template made (running heads, a title page).</summary>
    public SourceLine? Source { get; init; }
    /// <summary>Position of the line in its paragraph, from 0, and the paragraph's number of lines.</summary>
    public required int Index { get; init; }
    public required int Count { get; init; }
    /// <summary>The width the line was set to, spaces stretched or shrunk, and the width it had (the measure).</summary>
    public required double Width { get; init; }
    public required double Measure { get; init; }
    /// <summary>How far a justified line's spaces were stretched, as a share of their natural width (0: not at all).</summary>
    public double Stretch { get; init; }
    /// <summary>True when the line ends in a word the line breaker hyphenated; the report counts runs of it.</summary>
    public bool EndsWithHyphen { get; init; }
    /// <summary>
    /// True when the line ends inside a word cut between two letters without a hyphen, the word being wider
    /// than the measure (a long URL, a word in a narrow table column). Code, which wraps with a mark, is never.
    /// </summary>
    public bool CutInWord { get; init; }
    /// <summary>The line ends inside inline code, which goes on on the next line (at a space, or after '/', '.' or ',').</summary>
    public bool BreaksCode { get; init; }
    /// <summary>The paragraph keeps with what follows (a heading): it must not end a page.</summary>
    public bool KeepWithNext { get; init; }
    /// <summary>The line stands in the notes at the foot of the page, not in the flow.</summary>
    public bool InNote { get; init; }
    /// <summary>The line stands in a table cell: judged for cut words, not for widows and orphans (rows split otherwise).</summary>
    public bool InTable { get; init; }
    /// <summary>The line's text, for showing where a finding is.</summary>
    public required string Text { get; init; }
}
