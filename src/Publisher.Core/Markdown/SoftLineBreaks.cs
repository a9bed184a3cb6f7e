using Markdig.Syntax.Inlines;
using Publisher.Core.Text;

namespace Publisher.Core.Markdown;

/// <summary>
/// What a line break inside a paragraph's source (a soft break) becomes: a space between words, but
/// nothing between two Chinese or Japanese characters, which are written without spaces (CSS Text 3's
/// segment break transformation). Decided here once, from the syntax tree, for the PDF and the EPUB.
/// </summary>
public static class SoftLineBreaks
{
    /// <summary>True when the soft break stands between two characters of unspaced East Asian text.</summary>
    public static bool Vanishes(LineBreakInline lineBreak)
    {
        if (lineBreak.IsHard) return false;
        var before = LastCharacter(lineBreak.PreviousSibling ?? Outer(lineBreak, forward: false));
        var after = FirstCharacter(lineBreak.NextSibling ?? Outer(lineBreak, forward: true));
        return before is { } b && after is { } a && EastAsianText.IsUnspaced(b) && EastAsianText.IsUnspaced(a);
    }

    /// <summary>The inline beside the break's enclosing emphasis or link, when the break ends or starts one.</summary>
    private static Inline? Outer(Inline inline, bool forward)
    {
        for (var parent = inline.Parent; parent is not null and not { Parent: null }; parent = parent.Parent)
        {
            var next = forward ? parent.NextSibling : parent.PreviousSibling;
            if (next is not null) return next;
        }
        return null;
    }

    private static int? LastCharacter(Inline? inline) => Edge(inline, last: true);

    private static int? FirstCharacter(Inline? inline) => Edge(inline, last: false);

    /// <summary>
    /// The character at the near edge of the text beside a break: the last one of what stands before it, or the first
    /// of what follows, looking into emphasis and links, and past empty inlines up to another line break.
    /// </summary>
    private static int? Edge(Inline? inline, bool last)
    {
        for (; inline is not null; inline = last ? inline.PreviousSibling : inline.NextSibling)
        {
            // Read in place: a book has a soft break on nearly every line, and a copy of each literal is waste.
            int? found = inline switch
            {
                LiteralInline literal => EdgeOf(literal.Content.Text, literal.Content.Start, literal.Content.End, last),
                CodeInline code => EdgeOf(code.Content, 0, code.Content.Length - 1, last),
                ContainerInline container when (last ? container.LastChild : container.FirstChild) is { } child => Edge(child, last),
                _ => null,
            };
            if (found is not null) return found;
            if (inline is LineBreakInline) return null;
        }
        return null;
    }

    /// <summary>The first or last code point of text[start..end] (end inclusive, as Markdig's slices are); null when empty.</summary>
    private static int? EdgeOf(string? text, int start, int end, bool last)
    {
        if (text is null || end < start || start < 0 || end >= text.Length) return null;
        if (!last) return char.IsHighSurrogate(text[start]) && start < end ? char.ConvertToUtf32(text[start], text[start + 1]) : text[start];
        return char.IsLowSurrogate(text[end]) && end > start ? char.ConvertToUtf32(text[end - 1], text[end]) : text[end];
    }
}
