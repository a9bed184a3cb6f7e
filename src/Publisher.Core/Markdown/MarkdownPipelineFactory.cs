using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.GenericAttributes;

namespace Publisher.Core.Markdown;

/// <summary>The Markdig pipelines books are parsed with, one per heading-id rule; both backends render their tree.</summary>
public static class MarkdownPipelineFactory
{
    private static readonly Lazy<MarkdownPipeline> GitHub = new(() => Build(HeadingIds.GitHub));
    private static readonly Lazy<MarkdownPipeline> Classic = new(() => Build(HeadingIds.Classic));
    private static readonly Lazy<MarkdownPipeline> Unlimited = new(() => Build(HeadingIds.GitHub, int.MaxValue));

    /// <summary>The default pipeline (GitHub's heading ids).</summary>
    public static MarkdownPipeline Pipeline => GitHub.Value;

    public static MarkdownPipeline For(HeadingIds headingIds) =>
        headingIds == HeadingIds.Classic ? Classic.Value : GitHub.Value;

    /// <summary>
    /// The default pipeline without Markdig's limit on nested blocks, for <see cref="MarkdownNesting"/> to find where
    /// a refused chapter passes our own: never for a tree that is rendered.
    /// </summary>
    internal static MarkdownPipeline WithoutBlockLimit => Unlimited.Value;

    private static MarkdownPipeline Build(HeadingIds headingIds, int maximumNestingDepth = MarkdownNesting.MarkdigDepth)
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = maximumNestingDepth }
            .UseYamlFrontMatter()
            // Set before the advanced extensions, whose own (classic) auto-identifier setting then stands aside.
            .UseAutoIdentifiers(headingIds == HeadingIds.Classic ? AutoIdentifierOptions.Default : AutoIdentifierOptions.GitHub)
            .UseAdvancedExtensions()
            // Curly quotes, en and em dashes, ellipses: what a typesetter would set. As characters,
            // not HTML entity names, which XHTML does not know.
            .UseSmartyPants(SmartyPunctuation.Options)
            // Positions on every node, so that later checks (links, images) can name line and column.
            .UsePreciseSourceLocation();
        // Attributes as Pandoc reads them, filtered through an allow-list (MarkdownAttributes), in place of Markdig's own.
        builder.Extensions.RemoveAll(e => e is GenericAttributesExtension);
        // A $$ block closed by "$$ {#eq:name}" (before the attributes' own setup, which then serves its opening line too).
        builder.Extensions.Add(new LabelledMathBlocks());
        builder.Extensions.Add(new MarkdownAttributes());
        // MkDocs admonitions (!!! note), which documentation folders written for MkDocs are full of.
        builder.Extensions.Add(new AdmonitionExtension());
        // [words]{.index}, [words]{lang=fr}: Pandoc's bracketed spans, for index entries and spans in another language.
        builder.Extensions.Add(new BracketedSpanExtension());
        // @fig:harbour and its kin, resolved once the book's labels are numbered (References/CrossReferences).
        builder.Extensions.Add(new References.CrossReferenceExtension());
        return builder.Build();
    }
}
