using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Publisher.Core.Markdown;
using Publisher.Layout.Blocks;
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
        var id = table.TryGetAttributes()?.Id;
        var anchors = id is null ? (IReadOnlyList<string>)[] : [LinkResolver.Destination(scope.Context.Chapter, id)];
        // The caption first, so that it is the Table element's first child, as it reads.
        var caption = Caption(builder, table, scope, element);
        var built = builder.Tables.Build(table, scope.Context.Inlines, scope.Frame.Indent, element);
        if (caption is not null)
        {
            // The space before the table goes before its caption; the caption's own gap parts the two.
            scope.Blocks.Add(caption with { Anchors = anchors });
            scope.Blocks.Add(built with { SpaceBefore = 0 });
            return;
        }
        scope.Blocks.Add(built with { Anchors = anchors });
    }

    private static ParagraphBlock? Caption(BlockBuilder builder, Table table, RenderScope scope, StructureElement element)
    {
        if (TableCaptions.Caption(table) is not { } paragraph) return null;
        var style = builder.Template.Figures.Caption;
        var runs = paragraph.Inline is null ? [] : scope.Context.Inlines.Collect(paragraph.Inline, style.Text);
        if (TableCaptions.Number(table) is { } number)
        {
            var text = runs.All(r => string.IsNullOrWhiteSpace(r.Text)) ? number : number + ": ";
            runs = [new TextRun(text, builder.Fonts.Style(style.Text)), .. runs];
        }
        if (runs.All(r => string.IsNullOrWhiteSpace(r.Text))) return null;
        return new ParagraphBlock
        {
            Runs = runs,
            Leading = style.Text.Leading,
            Align = Layout.Blocks.Alignment.Left,
            LeftIndent = scope.Frame.Indent,
            SpaceBefore = builder.Template.Table.SpaceBefore,
            SpaceAfter = style.SpaceBefore,
            KeepWithNext = true,
            Structure = new StructureElement(StructureRole.Caption, element),
        };
    }
}
