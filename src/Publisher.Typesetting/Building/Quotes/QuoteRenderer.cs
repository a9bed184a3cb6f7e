using Markdig.Syntax;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;

namespace Publisher.Typesetting.Building.Quotes;

/// <summary>A block quote: its blocks indented and in the quote's style, a BlockQuote element around them.</summary>
internal sealed class QuoteRenderer : BlockRenderer<QuoteBlock>
{
    protected override void Write(BlockBuilder builder, QuoteBlock quote, RenderScope scope)
    {
        var q = builder.Template.Quote;
        var (blocks, frame) = (scope.Blocks, scope.Frame);
        var first = blocks.Count;
        builder.AddBlocks(quote, blocks, scope.Context, new Frame(builder.Nested(frame.Indent, q.Indent, quote, scope.Context), q.Block.Text,
            BlockBuilder.Alignment(q.Block.Align), builder.Template.Body.ParagraphSpacing, frame.ListDepth,
            builder.Element(StructureRole.BlockQuote, frame.Parent, quote)));
        BlockBuilder.SpaceAround(blocks, first, q.Block.SpaceBefore, q.Block.SpaceAfter);
    }
}
