using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Building.Rendering;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building.Lists;

/// <summary>
/// A bulleted, numbered or task list: each item's blocks indented, its marker (bullet by depth, number, or
/// ballot box) hanging before its first line. An L of LI elements, each with its marker as Lbl and its blocks in LBody.
/// </summary>
internal sealed class ListRenderer : BlockRenderer<ListBlock>
{
    protected override void Write(BlockBuilder builder, ListBlock list, RenderScope scope)
    {
        var (blocks, frame, context) = (scope.Blocks, scope.Frame, scope.Context);
        var spec = builder.Template.Lists;
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var first = blocks.Count;
        var listElement = builder.Element(StructureRole.L, frame.Parent, list);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var itemElement = builder.Element(StructureRole.LI, listElement, item);
            var label = new StructureElement(StructureRole.Lbl, itemElement);
            var body = new StructureElement(StructureRole.LBody, itemElement);
            var task = item.Descendants<TaskList>().FirstOrDefault();
            var marker = task is not null ? (task.Checked ? "☑" : "☐")
                : list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : Bullet(frame.ListDepth);
            var itemStart = blocks.Count;
            var indent = builder.Nested(frame.Indent, spec.Indent, item, context);
            builder.AddBlocks(item, blocks, context, new Frame(indent, frame.Text, frame.Align,
                list.IsLoose ? spec.LooseSpacing : 0, frame.ListDepth + 1, body));
            if (blocks.Count == itemStart || blocks[itemStart] is not ParagraphBlock lead)
            {
                blocks.Insert(itemStart, builder.Plain("", frame with { Indent = indent }) with { Structure = new StructureElement(StructureRole.P, body) });
                lead = (ParagraphBlock)blocks[itemStart];
            }
            blocks[itemStart] = lead with
            {
                Marker = new TextRun(marker, builder.Fonts.Style(frame.Text)),
                MarkerStructure = label,
                MarkerGap = frame.Text.Size * 0.5,
                SpaceBefore = itemStart > first ? Math.Max(lead.SpaceBefore, spec.ItemSpacing) : lead.SpaceBefore,
            };
        }
        // A list nested in a list item follows its parent's line spacing.
        if (frame.ListDepth == 0) BlockBuilder.SpaceAround(blocks, first, spec.SpaceBefore, spec.SpaceAfter);
    }

    private static string Bullet(int depth) => depth switch
    {
        0 => "•",
        1 => "–",
        2 => "◦",
        _ => "·",
    };
}
