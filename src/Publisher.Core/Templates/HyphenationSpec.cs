namespace Publisher.Core.Templates;

/// <summary>
/// <c>body.hyphenation</c>: whether body text is hyphenated at line ends (by the book's
/// language), how many letters stay on either side of a hyphen (null: the language's own),
/// how short a word stays whole, how many lines in a row may end with a hyphen, and whether
/// words with a capital first letter may be broken.
/// </summary>
public sealed record HyphenationSpec(bool Enabled, int? MinLeft, int? MinRight, int MinWord, int MaxConsecutive, bool Capitalized)
{
    /// <summary>A template without <c>body.hyphenation</c> sets its lines as before hyphenation existed.</summary>
    public static readonly HyphenationSpec Off = new(false, null, null, 5, 2, false);
}
