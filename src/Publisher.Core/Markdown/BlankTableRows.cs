using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Publisher.Core.Markdown;

/// <summary>
/// A pipe table must have a header row, so authors who want none write one of empty cells
/// (<c>|   |   |</c>). Both formats leave such a header out rather than set an empty band
/// between two rules.
/// </summary>
public static class BlankTableRows
{
    public static bool IsBlankHeader(TableRow row) =>
        row.IsHeader && row.OfType<TableCell>().All(cell => cell.Descendants<LeafBlock>().All(Blank));

    private static bool Blank(LeafBlock leaf) =>
        leaf is not CodeBlock && (leaf.Inline is null || leaf.Inline.FirstChild is null);
}
