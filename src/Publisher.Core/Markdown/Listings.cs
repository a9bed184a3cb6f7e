using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Publisher.Core.Markdown;

/// <summary>
/// A code listing: a fenced code block labelled <c>{#lst:name}</c> at the end of its fence line, numbered by
/// <see cref="References.CrossReferences"/>. Its caption, above the code in both formats, is "Listing 2", and then the
/// block's <c>title</c> attribute when it has one: <c>```python {#lst:count title="Counting words"}</c>.
/// </summary>
public static class Listings
{
    private static readonly object NumberKey = new();

    /// <summary>"Listing 2" for a labelled code block; null for others.</summary>
    public static string? Number(CodeBlock block) => block.GetData(NumberKey) as string;

    internal static void SetNumber(CodeBlock block, string number) => block.SetData(NumberKey, number);

    /// <summary>The caption's text after the number: the block's <c>title</c> attribute, or null.</summary>
    public static string? Title(CodeBlock block) =>
        block.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "title").Value is { } title && !string.IsNullOrWhiteSpace(title)
            ? title.Trim()
            : null;

    /// <summary>The whole caption: "Listing 2: Counting words", or "Listing 2".</summary>
    public static string? Caption(CodeBlock block) =>
        Number(block) is { } number ? Title(block) is { } title ? $"{number}: {title}" : number : null;
}
