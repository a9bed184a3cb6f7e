using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// Writes a pipe or grid table as XHTML. Markdig's own table renderer puts a grid table's
/// <c>&lt;col&gt;</c> elements straight into <c>&lt;table&gt;</c>, which HTML parsers
/// accept but XHTML does not (epubcheck: "element col not allowed here"). The widths those
/// elements carry come from the dashes of the source's ASCII art; columns are sized by
/// their content instead, as in print, so they are left out. Header cells get
/// <c>scope="col"</c> so that a screen reader announces them with the cells below.
/// </summary>
internal sealed class XhtmlTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        // The caption (TableCaptions), numbered when labelled, as in the PDF: "Table 2: Prices".
        if (TableCaptions.Caption(table) is { } caption)
        {
            renderer.Write("<caption>").WriteNumber("table", TableCaptions.Number(table), caption.Inline?.FirstChild is not null);
            renderer.WriteLeafInline(caption);
            renderer.WriteLine("</caption>");
        }
        var section = "";
        foreach (var row in table.OfType<TableRow>())
        {
            if (BlankTableRows.IsBlankHeader(row)) continue;
            // Header rows at the top form the thead; any header row further down stays in
            // the body (a tbody may hold th cells, a second thead is not allowed).
            var wanted = row.IsHeader && section is "" or "thead" ? "thead" : "tbody";
            if (wanted != section)
            {
                if (section.Length > 0) renderer.WriteLine($"</{section}>");
                renderer.WriteLine($"<{wanted}>");
                section = wanted;
            }
            renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var tag = row.IsHeader ? "th" : "td";
                renderer.Write('<').Write(tag);
                if (row.IsHeader) renderer.Write(" scope=\"col\"");
                if (cell.ColumnSpan > 1) renderer.Write(" colspan=\"").Write(Number(cell.ColumnSpan)).Write('"');
                if (cell.RowSpan > 1) renderer.Write(" rowspan=\"").Write(Number(cell.RowSpan)).Write('"');
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : index;
                if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } align)
                    renderer.Write(" style=\"text-align: ").Write(align.ToString().ToLowerInvariant()).Write(";\"");
                renderer.WriteAttributes(cell).Write('>');

                // A cell of one paragraph holds its text directly, as browsers expect of table cells.
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = cell.Count == 1;
                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine($"</{tag}>");
                index = column + Math.Max(1, cell.ColumnSpan);
            }
            renderer.WriteLine("</tr>");
        }
        if (section.Length > 0) renderer.WriteLine($"</{section}>");
        renderer.WriteLine("</table>");
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
