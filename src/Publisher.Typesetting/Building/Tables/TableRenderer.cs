using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Publisher.Core.Markdown;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Building.Rendering;

namespace Publisher.Typesetting.Building.Tables;

/// <summary>
/// A pipe table, set by <see cref="TableBuilder"/>: rows that split between pages, the header row repeated. Its caption
/// (<see cref="TableCaptions"/>), numbered when labelled ("Table 2: Prices"), stands above it, as a table's does in
/// print, kept on the page of the table's first rows; it is the Caption element of the Table, and the place a
/// reference to the table leads to.
/// </summary>
internal sealed class TableRenderer : BlockRenderer<Table>
{
    protected override void Write(BlockBuilder builder, Table table, RenderScope scope)
    {
        var element = builder.Element(StructureRole.Table, scope.Frame.Parent, table);
        var anchors = Captions.Anchors(scope, table.TryGetAttributes()?.Id);
        // The caption first, so that it is the Table element's first child, as it reads.
        var caption = Caption(builder, table, scope);
        var built = builder.Tables.Build(table, scope.Context.Inlines, scope.Frame.Indent, element);
        if (caption is null)
        {
            scope.Blocks.Add(built with { Anchors = anchors });
            return;
        }
        scope.Blocks.Add(Captions.Above(builder, scope, caption, builder.Template.Table.SpaceBefore, anchors,
            new StructureElement(StructureRole.Caption, element)));
        scope.Blocks.Add(built with { SpaceBefore = 0 });
    }

    private static List<TextRun>? Caption(BlockBuilder builder, Table table, RenderScope scope)
    {
        if (TableCaptions.Caption(table) is not { } paragraph) return null;
        var style = builder.Template.Figures.Caption.Text;
        var runs = Captions.Numbered(TableCaptions.Number(table),
            paragraph.Inline is null ? [] : scope.Context.Inlines.Collect(paragraph.Inline, style), builder.Fonts.Style(style));
        return Captions.IsBlank(runs) ? null : runs;
    }
}
