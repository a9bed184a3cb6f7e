using Markdig.Syntax;
using Publisher.Core.Markdown;
using Publisher.Layout.Blocks;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Building.Rendering;
using Publisher.Typesetting.Styling;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building.Callouts;

/// <summary>
/// A callout (<see cref="Core.Markdown.Callouts"/>: a GitHub alert, a <c>:::tip</c> container): a rule in its kind's
/// colour, its title in bold in that colour, kept with the first line of its text, its blocks, and a thinner rule
/// closing it. The rules are artifacts; the callout is a Div holding its title's paragraph and its blocks. The
/// EPUB sets the same: an <c>&lt;aside&gt;</c> with the same title and rules (StylesheetGenerator).
/// </summary>
internal sealed class CalloutRenderer : BlockRenderer<ContainerBlock>
{
    protected override bool Takes(ContainerBlock block) => Core.Markdown.Callouts.Of(block) is not null;

    protected override void Write(BlockBuilder builder, ContainerBlock block, RenderScope scope)
    {
        var callout = Core.Markdown.Callouts.Of(block)!;
        var (blocks, frame) = (scope.Blocks, scope.Frame);
        var hex = builder.Template.Callouts.Colors[callout.Kind];
        var color = Colors.Parse(hex);
        var leading = frame.Text.Leading;
        var element = builder.Element(StructureRole.Div, frame.Parent, block);
        var first = blocks.Count;
        blocks.Add(new RuleBlock { Thickness = 0.8, Color = color, LeftIndent = frame.Indent, SpaceBefore = leading / 2, KeepWithNext = true });
        var titleStyle = frame.Text with { Bold = true, Color = hex };
        blocks.Add(new ParagraphBlock
        {
            Runs = [new TextRun(callout.Title, builder.Fonts.Style(titleStyle))],
            Leading = titleStyle.Leading,
            Align = Layout.Blocks.Alignment.Left,
            LeftIndent = frame.Indent,
            SpaceBefore = leading / 4,
            KeepWithNext = true,
            Orphans = int.MaxValue,
            Structure = new StructureElement(StructureRole.P, element),
        });
        builder.AddBlocks(block, blocks, scope.Context, frame with { Parent = element, ParagraphSpace = Math.Max(frame.ParagraphSpace, 0) });
        blocks.Add(new RuleBlock { Thickness = 0.4, Color = color, LeftIndent = frame.Indent, SpaceBefore = leading / 4, SpaceAfter = leading / 2 });
        BlockBuilder.SpaceAround(blocks, first, leading / 2, leading / 2);
    }
}
