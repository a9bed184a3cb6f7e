using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Publisher.Core.Markdown;

/// <summary>
/// An admonition as MkDocs (Python-Markdown's extension, and Material for MkDocs) writes it: <c>!!! note "Title"</c>,
/// or <c>??? tip</c> for one a reader can fold, then its content indented by four spaces.
/// </summary>
public sealed class Admonition(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>The word after the marks: <c>note</c>, <c>warning</c>…</summary>
    public string Kind { get; init; } = "";

    /// <summary>The quoted title, when one is given; an empty one (<c>""</c>) asks for no title.</summary>
    public string? Title { get; init; }
}

/// <summary>Reads <see cref="Admonition"/>s: the opening line, then every line indented four spaces or blank.</summary>
public sealed partial class AdmonitionParser : BlockParser
{
    public AdmonitionParser() => OpeningCharacters = ['!', '?'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line.ToString();
        var match = Opening().Match(line);
        if (!match.Success) return BlockState.None;
        processor.NewBlocks.Push(new Admonition(this)
        {
            Kind = match.Groups["kind"].Value,
            Title = match.Groups["title"].Success ? match.Groups["title"].Value : null,
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        // The opening line is all header: nothing on it is content.
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine) return BlockState.Continue;
        if (!processor.IsCodeIndent) return BlockState.None;
        processor.GoToColumn(processor.ColumnBeforeIndent + 4);
        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }

    [GeneratedRegex(@"^(?:!!!|\?\?\?\+?)[ \t]+(?<kind>[A-Za-z][\w-]*)(?:[ \t]+[\w- ]*?)?(?:[ \t]+""(?<title>[^""]*)"")?[ \t]*$")]
    private static partial Regex Opening();
}

/// <summary>The Markdig extension that reads MkDocs admonitions (their renderers are each format's: callouts).</summary>
public sealed class AdmonitionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<AdmonitionParser>()) pipeline.BlockParsers.Insert(0, new AdmonitionParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
