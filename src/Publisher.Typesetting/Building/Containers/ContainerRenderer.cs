using Markdig.Syntax;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;

namespace Publisher.Typesetting.Building.Containers;

/// <summary>Any other container (a custom container, <c>::: note</c>): its blocks in a division of their own.</summary>
internal sealed class ContainerRenderer : BlockRenderer<ContainerBlock>
{
    protected override void Write(BlockBuilder builder, ContainerBlock container, RenderScope scope) =>
        builder.AddBlocks(container, scope.Blocks, scope.Context, scope.Frame with { Parent = builder.Element(StructureRole.Div, scope.Frame.Parent, container) });
}
