using Markdig.Syntax;
using Publisher.Layout.Blocks;
using Publisher.Typesetting.Building.Rendering;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Building.Breaks;

/// <summary>A thematic break (<c>---</c>): a short centred rule with a line of space around it, an artifact (no element).</summary>
internal sealed class ThematicBreakRenderer : BlockRenderer<ThematicBreakBlock>
{
    protected override void Write(BlockBuilder builder, ThematicBreakBlock block, RenderScope scope)
    {
        var body = builder.Template.Body.Text;
        scope.Blocks.Add(new RuleBlock
        {
            WidthFraction = 0.3,
            Thickness = 0.6,
            Color = Colors.Parse(body.Color),
            SpaceBefore = body.Leading,
            SpaceAfter = body.Leading,
        });
    }
}
