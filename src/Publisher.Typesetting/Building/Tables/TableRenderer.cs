using Markdig.Extensions.Tables;
using Publisher.Typesetting.Building.Rendering;

namespace Publisher.Typesetting.Building.Tables;

/// <summary>A pipe table, set by <see cref="TableBuilder"/>: rows that split between pages, the header row repeated.</summary>
internal sealed class TableRenderer : BlockRenderer<Table>
{
    protected override void Write(BlockBuilder builder, Table table, RenderScope scope) =>
        scope.Blocks.Add(builder.Tables.Build(table, scope.Context.Inlines, scope.Frame.Indent,
            builder.Element(Layout.Structure.StructureRole.Table, scope.Frame.Parent, table)));
}
