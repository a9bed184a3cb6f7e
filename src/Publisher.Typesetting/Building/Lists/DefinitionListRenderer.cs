using Markdig.Extensions.DefinitionLists;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building.Lists;

/// <summary>
/// Definitions: a term in the body face, bold, kept with its definitions, which are indented like list items.
/// A list whose items' labels are the terms and whose bodies are the definitions.
/// </summary>
internal sealed class DefinitionListRenderer : BlockRenderer<DefinitionList>
{
    protected override void Write(BlockBuilder builder, DefinitionList list, RenderScope scope)
    {
        var (blocks, frame, context) = (scope.Blocks, scope.Frame, scope.Context);
        var template = builder.Template;
        var first = blocks.Count;
        var listElement = builder.Element(StructureRole.L, frame.Parent, list);
        StructureElement? itemElement = null, body = null;
        foreach (var item in list.OfType<DefinitionItem>())
        {
            // Markdig makes a second definition of a term an item of its own, without a term: it stays in the term's item.
            if (itemElement is null || item.OfType<DefinitionTerm>().Any())
            {
                itemElement = builder.Element(StructureRole.LI, listElement, item);
                body = null;
            }
            foreach (var part in item)
            {
                if (part is DefinitionTerm term)
                {
                    blocks.Add(new ParagraphBlock
                    {
                        Runs = context.Inlines.Collect(term.Inline, frame.Text with { Bold = true }),
                        Leading = frame.Text.Leading,
                        Align = Layout.Blocks.Alignment.Left,
                        LeftIndent = frame.Indent,
                        SpaceBefore = template.Lists.ItemSpacing + template.Body.ParagraphSpacing,
                        KeepWithNext = true,
                        Orphans = int.MaxValue,
                        Structure = builder.Element(StructureRole.Lbl, itemElement, term),
                    });
                }
                else
                {
                    body ??= new StructureElement(StructureRole.LBody, itemElement);
                    builder.Add(part, null, blocks, context, frame with { Indent = builder.Nested(frame.Indent, template.Lists.Indent, part, context), Parent = body });
                }
            }
        }
        BlockBuilder.SpaceAround(blocks, first, template.Lists.SpaceBefore, template.Lists.SpaceAfter);
    }
}
