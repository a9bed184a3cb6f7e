using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Publisher.Core.Markdown;

/// <summary>
/// The language a block says it is written in: its own <c>{lang=…}</c> (kept only when a BCP 47 tag, AttributeRules),
/// or its nearest container's. One reading for the quotes, the fonts, the direction and the tags of both formats.
/// </summary>
public static class BlockLanguage
{
    /// <summary>The block's own <c>lang</c> attribute; null when it has none.</summary>
    public static string? Own(IMarkdownObject block) =>
        block.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "lang").Value is { Length: > 0 } lang ? lang : null;

    /// <summary>The <c>lang</c> of the block or of the nearest container that has one; null: the chapter's language.</summary>
    public static string? Nearest(Block? block)
    {
        for (; block is not null; block = block.Parent)
            if (Own(block) is { } lang) return lang;
        return null;
    }
}
