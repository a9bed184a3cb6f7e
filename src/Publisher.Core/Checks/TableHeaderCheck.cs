using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Markdown;

namespace Publisher.Core.Checks;

/// <summary>
/// Tables without a header row. The build accepts them, but a screen reader moving through such a table can
/// only read cell after cell: with a header row it says which column a cell is in ("Price: 12"), in the EPUB
/// (<c>&lt;th&gt;</c>) and in the tagged PDF (<c>TH</c>) alike. Ace by DAISY fails an EPUB for it (axe's
/// td-has-header, on tables of three rows and columns and more); this check names every such table, whatever its
/// size, since WCAG 1.3.1 asks headers of every table of data. Markdown's pipe tables always have a header row,
/// which may still be empty; grid tables have one only above a <c>+===+</c> line; raw HTML kept in the EPUB has
/// one when it has a <c>&lt;th&gt;</c>.
/// </summary>
public static partial class TableHeaderCheck
{
    public static IEnumerable<Diagnostic> Run(Book book) =>
        from chapter in book.Chapters
        from node in chapter.Document.Descendants()
        let problem = Problem(node)
        where problem is not null
        select new Diagnostic(Severity.Warning, DiagnosticCodes.TableWithoutHeader, problem, SourceChecks.Location(chapter, node));

    private static string? Problem(MarkdownObject node) => node switch
    {
        Table table when !table.OfType<TableRow>().Any(r => r.IsHeader) =>
            "this table has no header row, so a screen reader cannot say which column a cell is in: " +
            "give it one (in a grid table, a +===+ line under the first row)",
        Table table when table.OfType<TableRow>().Where(r => r.IsHeader).All(IsEmpty) =>
            "this table's header row is empty, so a screen reader cannot say which column a cell is in: " +
            "write the columns' names in it",
        HtmlBlock html when RawHtml.IsSafeXhtml(html.Lines.ToString()) && RawTable().IsMatch(html.Lines.ToString())
                            && !RawHeader().IsMatch(html.Lines.ToString()) =>
            "this HTML table has no header cells (<th>), so a screen reader cannot say which column a cell is in: " +
            "make its first row's cells <th>",
        _ => null,
    };

    private static bool IsEmpty(TableRow row) =>
        row.OfType<TableCell>().All(cell => cell.Descendants<LeafBlock>().All(b => BookLoader.PlainText(b.Inline).Trim().Length == 0));

    [GeneratedRegex(@"<table\b", RegexOptions.IgnoreCase)] private static partial Regex RawTable();
    [GeneratedRegex(@"<th\b", RegexOptions.IgnoreCase)] private static partial Regex RawHeader();
}
