using Publisher.Core.Templates;

namespace Publisher.Epub;

/// <summary>
/// The stylesheet's rules for tables, from the template's table values as the PDF uses
/// them: book-style rules (above, below, under the header; no vertical lines), padding,
/// the table's text and its header weight.
/// </summary>
internal static class TableStylesheet
{
    /// <param name="align">Maps a template alignment to CSS (it swaps sides for right-to-left text).</param>
    public static IEnumerable<(string Selector, IEnumerable<string> Declarations)> Rules(TableSpec table,
        Func<TextAlign, string> align)
    {
        var rule = (double thickness) => thickness > 0
            ? $"{StylesheetGenerator.Pt(thickness)} solid {table.RuleColor}"
            : "none";
        yield return ("table",
        [
            .. StylesheetGenerator.Text(table.Text),
            "border-collapse: collapse",
            $"margin: {StylesheetGenerator.Pt(table.SpaceBefore)} 0 {StylesheetGenerator.Pt(table.SpaceAfter)} 0",
            $"border-top: {rule(table.RuleThickness)}",
            $"border-bottom: {rule(table.RuleThickness)}",
        ]);
        yield return ("thead", [$"border-bottom: {rule(table.HeaderRuleThickness)}"]);
        yield return ("th, td",
        [
            $"padding: {StylesheetGenerator.Pt(table.PaddingVertical)} {StylesheetGenerator.Pt(table.PaddingHorizontal)}",
            // Cells are ragged (an alignment from the Markdown overrides this), never justified.
            $"text-align: {align(TextAlign.Left)}",
            "text-indent: 0",
            "vertical-align: top",
            // In print a table too wide for the page shrinks and then cuts words; a reading
            // system cannot shrink it for us, so long words may break rather than overflow.
            "overflow-wrap: anywhere",
        ]);
        // As in print: header cells are bold when either the table's text or its header weight says so.
        yield return ("th", [$"font-weight: {(table.HeaderBold || table.Text.Bold ? "bold" : "normal")}"]);
    }
}
