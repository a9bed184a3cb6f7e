using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;

namespace Publisher.Typesetting.Building.Rendering;

/// <summary>
/// Blocks that print nothing where they stand: front matter and link definitions, and the notes, which are
/// set at the foot of the pages that call them (BlockBuilder.Footnotes.cs).
/// </summary>
internal sealed class SkippedBlockRenderer : BlockRenderer<MdBlock>
{
    protected override bool Takes(MdBlock block) => block is YamlFrontMatterBlock or LinkReferenceDefinitionGroup or FootnoteGroup;

    protected override void Write(BlockBuilder builder, MdBlock block, RenderScope scope) { }
}
