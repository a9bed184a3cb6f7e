using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building.Headings;

/// <summary>
/// A heading in its level's style, kept with what follows and never split; its id is the named destination that
/// links, the outline and the contents lead to. Its element is H1 to H6 as written (deeper levels are H6).
/// </summary>
internal sealed class HeadingRenderer : BlockRenderer<HeadingBlock>
{
    protected override void Write(BlockBuilder builder, HeadingBlock heading, RenderScope scope)
    {
        var style = builder.Template.Headings[Math.Clamp(heading.Level, 1, 6) - 1];
        // Only read: GetAttributes() would add attributes to a heading without, while the EPUB's renderer reads the same tree.
        var id = heading.TryGetAttributes()?.Id;
        scope.Blocks.Add(new ParagraphBlock
        {
            Runs = scope.Context.Inlines.Collect(heading.Inline, style.Text),
            Leading = style.Text.Leading,
            Align = BlockBuilder.Alignment(style.Align),
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            PageBreakBefore = style.PageBreakBefore,
            KeepWithNext = true,
            // A heading is never split across pages.
            Orphans = int.MaxValue,
            Anchors = id is null ? [] : [LinkResolver.Destination(scope.Context.Chapter, id)],
            Structure = builder.Element(StructureElement.Heading(heading.Level), scope.Frame.Parent, heading),
        });
    }
}
