using Markdig.Syntax;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building.Paragraphs;

/// <summary>Any other block of inline text (an extension's): a plain paragraph, so none of its words is lost.</summary>
internal sealed class LeafBlockRenderer : BlockRenderer<LeafBlock>
{
    protected override bool Takes(LeafBlock block) => block.Inline is not null;

    protected override void Write(BlockBuilder builder, LeafBlock leaf, RenderScope scope)
    {
        var frame = scope.Frame;
        scope.Blocks.Add(new ParagraphBlock
        {
            Runs = scope.Context.Inlines.Collect(leaf.Inline, frame.Text),
            Leading = frame.Text.Leading,
            Align = frame.Align,
            LeftIndent = frame.Indent,
            Widows = builder.Template.Body.Widows,
            Orphans = builder.Template.Body.Orphans,
            Structure = builder.Element(StructureRole.P, frame.Parent, leaf),
        });
    }
}
