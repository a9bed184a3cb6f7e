using Markdig.Syntax.Inlines;

namespace Publisher.Core.Markdown;

/// <summary>What a span of emphasis means: the HTML element it is in the EPUB and how print sets it.</summary>
public enum InlineRole { Emphasis, Strong, Cite, Deleted, Inserted, Marked, Superscript, Subscript }

/// <summary>
/// The one place that says what each kind of Markdown emphasis is and how it looks, read by print (the inline
/// collector), the EPUB's stylesheet and its font usage alike, so the formats cannot disagree (they did: a
/// <c>""citation""</c> was italic in the EPUB and upright in print).
/// </summary>
public static class InlineRoles
{
    /// <summary>The tint behind <c>==marked==</c> text, in both formats: a pale highlighter yellow that prints in greyscale as a light grey.</summary>
    public const string MarkTint = "#fff0a0";

    /// <summary>The role of an emphasis span as Markdig's emphasis extras write it; null for a delimiter no extension gives meaning.</summary>
    public static InlineRole? Of(EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('*' or '_', 1) => InlineRole.Emphasis,
        ('*' or '_', >= 2) => InlineRole.Strong,
        ('"', 2) => InlineRole.Cite,
        ('~', 2) => InlineRole.Deleted,
        ('~', 1) => InlineRole.Subscript,
        ('^', 1) => InlineRole.Superscript,
        ('+', 2) => InlineRole.Inserted,
        ('=', 2) => InlineRole.Marked,
        _ => null,
    };

    /// <summary>The HTML element the EPUB writes for the role (Markdig's own choice, which the stylesheet then styles).</summary>
    public static string Element(InlineRole role) => role switch
    {
        InlineRole.Emphasis => "em",
        InlineRole.Strong => "strong",
        InlineRole.Cite => "cite",
        InlineRole.Deleted => "del",
        InlineRole.Inserted => "ins",
        InlineRole.Marked => "mark",
        InlineRole.Superscript => "sup",
        _ => "sub",
    };

    /// <summary>Set in the italic face: emphasis and the title of a cited work.</summary>
    public static bool Italic(InlineRole role) => role is InlineRole.Emphasis or InlineRole.Cite;

    /// <summary>Set in the bold face.</summary>
    public static bool Bold(InlineRole role) => role is InlineRole.Strong;

    /// <summary>
    /// The CSS each role's element gets, stated rather than left to a reading system's defaults, in the words
    /// print follows: italic, bold, struck through, underlined, on the mark tint.
    /// </summary>
    public static IReadOnlyList<string> Css(InlineRole role) => role switch
    {
        InlineRole.Emphasis or InlineRole.Cite => ["font-style: italic"],
        InlineRole.Strong => ["font-weight: bold"],
        InlineRole.Deleted => ["text-decoration: line-through"],
        InlineRole.Inserted => ["text-decoration: underline"],
        InlineRole.Marked => [$"background-color: {MarkTint}", "color: inherit"],
        _ => [],
    };
}
