using Publisher.Core.Books;
using Publisher.Layout.Hyphenation;

namespace Publisher.Typesetting.Building;

/// <summary>
/// The hyphenation rules for a book's body text: the template's <c>body.hyphenation</c> with
/// the patterns of the book's language. Null when the template turns it off or no patterns
/// are shipped for the language (the text is then set without hyphens, as a browser does).
/// </summary>
internal static class BodyHyphenation
{
    public static HyphenationRules? For(Book book) => For(book, book.Manifest.Language);

    /// <summary>The rules for text in <paramref name="language"/> (a chapter's or a block's own).</summary>
    public static HyphenationRules? For(Book book, string language)
    {
        var spec = book.Template.Body.Hyphenation;
        if (!spec.Enabled || HyphenationPatterns.For(language) is not { } patterns) return null;
        return new HyphenationRules(patterns)
        {
            MinLeft = spec.MinLeft ?? patterns.LeftMin,
            MinRight = spec.MinRight ?? patterns.RightMin,
            MinWord = spec.MinWord,
            MaxConsecutive = spec.MaxConsecutive,
            Capitalized = spec.Capitalized,
        };
    }
}
