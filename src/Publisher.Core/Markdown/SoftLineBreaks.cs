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
            var text = inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                ContainerInline container when (last ? container.LastChild : container.FirstChild) is { } child =>
                    Edge(child, last) is { } c ? char.ConvertFromUtf32(c) : null,
                _ => null,
            };
            if (!string.IsNullOrEmpty(text))
            {
                if (!last) return char.ConvertToUtf32(text, 0);
                return char.IsLowSurrogate(text[^1]) && text.Length > 1 ? char.ConvertToUtf32(text[^2], text[^1]) : text[^1];
            }
            if (inline is LineBreakInline) return null;
        }
        return null;
    }
}
