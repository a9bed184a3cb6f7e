using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Publisher.Core.Markdown;
using Publisher.Core.Templates;
using Publisher.Layout.Blocks;
using Publisher.Layout.Text;
using Publisher.Typesetting.Styling;
using Alignment = Publisher.Layout.Blocks.Alignment;

using Publisher.Layout.Structure;

namespace Publisher.Typesetting.Building.Tables;

/// <summary>
/// Turns a Markdig table (pipe or grid) into a <see cref="TableBlock"/>: each cell's blocks
/// become styled runs through the <see cref="InlineCollector"/>, header cells in the
/// template's header weight, each column aligned as the Markdown's delimiter row says.
/// </summary>
internal sealed class TableBuilder(Template template, FontSet fonts)
{
    /// <param name="element">The table's structure element, in which its rows, header and data cells are made.</param>
    public TableBlock Build(Table table, InlineCollector inlines, double indent, StructureElement element)
    {
        var spec = template.Table;
        var headerText = spec.Text with { Bold = spec.Text.Bold || spec.HeaderBold };
        var rows = new List<TableBlockRow>();
        var columns = 0;
        foreach (var row in table.OfType<TableRow>())
        {
            if (BlankTableRows.IsBlankHeader(row)) continue;
            var cells = new List<TableBlockCell>();
            var next = 0;
            var rowElement = new StructureElement(StructureRole.TR, element);
            foreach (var cell in row.OfType<TableCell>())
            {
                // Pipe tables leave ColumnIndex unset: their cells stand in order, one column each.
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : next;
                var span = Math.Max(1, cell.ColumnSpan);
                next = column + span;
                cells.Add(new TableBlockCell(column, Runs(cell, row.IsHeader ? headerText : spec.Text, inlines))
                {
                    Span = span,
                    Structure = new StructureElement(row.IsHeader ? StructureRole.TH : StructureRole.TD, rowElement),
                });
            }
            columns = Math.Max(columns, next);
            rows.Add(new TableBlockRow(cells, row.IsHeader) { SourceOffset = row.OfType<TableCell>().FirstOrDefault()?.Span.Start });
        }
        return new TableBlock
        {
            Columns = Enumerable.Range(0, columns).Select(c => Align(table, c)).ToList(),
            Rows = rows,
            Style = new TableStyle
            {
                Leading = spec.Text.Leading,
                PaddingX = spec.PaddingHorizontal,
                PaddingY = spec.PaddingVertical,
                RuleColor = Colors.Parse(spec.RuleColor),
                RuleThickness = spec.RuleThickness,
                HeaderRuleThickness = spec.HeaderRuleThickness,
                MinScale = spec.MinSize / spec.Text.Size,
            },
            LeftIndent = indent,
            SpaceBefore = spec.SpaceBefore,
            SpaceAfter = spec.SpaceAfter,
            Structure = element,
        };
    }

    private static Alignment Align(Table table, int column) =>
        (column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null) switch
        {
            TableColumnAlign.Right => Alignment.Right,
            TableColumnAlign.Center => Alignment.Center,
            // Table text is never justified: a cell's few words would stand far apart.
            _ => Alignment.Left,
        };

    /// <summary>
    /// A cell's text. A pipe table's cell holds one paragraph; a grid table's may hold
    /// several blocks (paragraphs, list items, code), each set on a line of its own.
    /// </summary>
    private List<TextRun> Runs(TableCell cell, TextStyleSpec text, InlineCollector inlines)
    {
        var runs = new List<TextRun>();
        foreach (var leaf in cell.Descendants<LeafBlock>())
        {
            var start = runs.Count;
            if (leaf is CodeBlock code)
            {
                var lines = code.Lines.ToString();
                var mono = fonts.Face(template.Code.Block.Text.Font, false, false);
                if (lines.Length > 0)
                    runs.Add(new TextRun(lines, new TextStyle(mono, text.Size * template.Code.InlineScale, Colors.Parse(text.Color))));
            }
            else if (leaf.Inline is not null)
            {
                if (ListMarker(leaf) is { } marker) runs.Add(new TextRun(marker, fonts.Style(text)));
                runs.AddRange(inlines.Collect(leaf.Inline, text));
            }
            if (runs.Count > start && start > 0) runs.Insert(start, new TextRun("\n", fonts.Style(text)));
        }
        return runs;
    }

    /// <summary>"• " or "3. " before the first paragraph of a list item inside a cell.</summary>
    private static string? ListMarker(LeafBlock leaf)
    {
        if (leaf.Parent is not ListItemBlock item || item[0] != leaf || item.Parent is not ListBlock list) return null;
        if (!list.IsOrdered) return "• ";
        var first = int.TryParse(list.OrderedStart, out var n) ? n : 1;
        return $"{first + list.IndexOf(item)}{list.OrderedDelimiter} ";
    }
}
