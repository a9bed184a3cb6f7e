using Publisher.Core.Manifest;

namespace Publisher.Core.Markdown;

/// <summary>
/// The attributes an author may give any element, in Markdown braces or in raw HTML kept in the EPUB, and the
/// values they may take. Nothing else an author writes reaches the EPUB: no event handlers (scripts), no
/// <c>style</c> (the template styles the book), no <c>xmlns</c> (it would move the element out of XHTML).
/// </summary>
public static class AttributeRules
{
    /// <summary>The attributes every element may carry, as the messages list them.</summary>
    public static readonly IReadOnlyList<string> Global = ["id", "class", "lang", "dir", "title"];

    public static string GlobalList => string.Join(", ", Global);

    /// <summary>Why <paramref name="name"/>=<paramref name="value"/> may not stand on an element; null when it may.</summary>
    public static string? Problem(string name, string value) => name switch
    {
        "id" => IsId(value) ? null : "an id is one word, without spaces",
        "class" or "title" => null,
        // An index entry's term (Indexing/IndexMarks), read off the span it marks before either format writes it.
        "index" => value.Trim().Length > 0 ? null : "an index entry needs its term: index=\"harbour\" or index=\"harbour!at night\"",
        "lang" => BookManifestReader.IsLanguageTag(value) ? null : "expected a BCP 47 language tag such as en or az-Latn",
        "dir" => value is "ltr" or "rtl" or "auto" ? null : "expected ltr, rtl or auto",
        _ when name.StartsWith("on", StringComparison.OrdinalIgnoreCase) => "an event handler would run a script",
        "style" => "the template styles the book",
        "href" or "src" => "a link's or an image's target is the one written in its parentheses",
        _ => $"not one of the attributes kept ({GlobalList})",
    };

    public static bool IsId(string value) => value.Length > 0 && !value.Any(char.IsWhiteSpace);
}
