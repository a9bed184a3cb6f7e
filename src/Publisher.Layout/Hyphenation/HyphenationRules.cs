namespace Publisher.Layout.Hyphenation;

/// <summary>
/// How the words of a paragraph may be hyphenated: by which patterns, how many letters must
/// stay on either side of the hyphen, how short a word is left whole, how many lines in a row
/// may end with a hyphen, and whether words with a capital first letter (names) are broken.
/// </summary>
public sealed record HyphenationRules(LiangHyphenator Patterns)
{
    /// <summary>Fewest letters before the hyphen (TeX's \lefthyphenmin).</summary>
    public int MinLeft { get; init; } = Patterns.LeftMin;
    /// <summary>Fewest letters after it, carried to the next line (\righthyphenmin).</summary>
    public int MinRight { get; init; } = Patterns.RightMin;
    /// <summary>Words shorter than this are never broken.</summary>
    public int MinWord { get; init; } = 5;
    /// <summary>Most lines in a row that may end with a hyphen (a "ladder" of hyphens is hard to read).</summary>
    public int MaxConsecutive { get; init; } = DefaultMaxConsecutive;

    /// <summary>Two, the usual rule of the trade; also the limit for soft hyphens in text set without rules.</summary>
    public const int DefaultMaxConsecutive = 2;
    /// <summary>Break words that start with a capital letter, mostly names; off by default, as in most house styles.</summary>
    public bool Capitalized { get; init; }
}
