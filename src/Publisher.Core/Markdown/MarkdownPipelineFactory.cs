using Markdig;

namespace Publisher.Core.Markdown;

/// <summary>The one Markdig pipeline every book is parsed with; both backends render its tree.</summary>
public static class MarkdownPipelineFactory
{
    private static readonly Lazy<MarkdownPipeline> Shared = new(Build);

    public static MarkdownPipeline Pipeline => Shared.Value;

    private static MarkdownPipeline Build() => new MarkdownPipelineBuilder { MaximumNestingDepth = MarkdownNesting.MarkdigDepth }
        .UseYamlFrontMatter()
        .UseAdvancedExtensions()
        // Curly quotes, en and em dashes, ellipses: what a typesetter would set. As characters,
        // not HTML entity names, which XHTML does not know.
        .UseSmartyPants(SmartyPunctuation.Options)
        // Positions on every node, so that later checks (links, images) can name line and column.
        .UsePreciseSourceLocation()
        .Build();
}
