using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Markdown;

/// <summary>
/// A table's caption, as Pandoc writes it: a paragraph right after the table (or right before it) that begins with
/// <c>Table:</c>. (Pandoc's shorter <c>: caption</c> is a definition in Markdig's definition lists, so it is not read as
/// a caption.) The prefix is taken off, once, when the chapter is read; the paragraph is then the
/// table's caption in both formats (set with the table, not where it stands) and its label (<c>{#tbl:prices}</c> at
/// its end) names the table.
/// </summary>
public static class TableCaptions
{
    private static readonly object CaptionKey = new();
    private static readonly object CaptionOfKey = new();
    private static readonly object NumberKey = new();

    /// <summary>The table's caption paragraph, or null.</summary>
    public static ParagraphBlock? Caption(Table table) => table.GetData(CaptionKey) as ParagraphBlock;

    /// <summary>True for a paragraph that is a table's caption: it prints with its table, not where it stands.</summary>
    public static bool IsCaption(ParagraphBlock paragraph) => paragraph.GetData(CaptionOfKey) is not null;

    /// <summary>"Table 2" for a labelled table (<see cref="References.CrossReferences"/>), which its caption begins with.</summary>
    public static string? Number(Table table) => table.GetData(NumberKey) as string;

    internal static void SetNumber(Table table, string number) => table.SetData(NumberKey, number);

    /// <summary>Finds each table's caption in <paramref name="document"/> and takes its prefix off.</summary>
    public static void Attach(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            var parent = table.Parent;
            if (parent is null) continue;
            var index = parent.IndexOf(table);
            // After the table first (where a reader looks for it), else before it.
            foreach (var at in new[] { index + 1, index - 1 })
            {
                if (at < 0 || at >= parent.Count || parent[at] is not ParagraphBlock paragraph || IsCaption(paragraph)) continue;
                if (!TakePrefix(paragraph)) continue;
                table.SetData(CaptionKey, paragraph);
                paragraph.SetData(CaptionOfKey, table);
                break;
            }
        }
    }

    /// <summary>Takes "Table:" or ":" (and the spaces after it) off the paragraph's first text; false when it has neither.</summary>
    private static bool TakePrefix(ParagraphBlock paragraph)
    {
        // Markdig may split the text in several literals (at the colon): read the leading ones together.
        var literals = new List<LiteralInline>();
        for (var inline = paragraph.Inline?.FirstChild; inline is LiteralInline literal; inline = inline.NextSibling) literals.Add(literal);
        var text = string.Concat(literals.Select(l => l.Content.ToString()));
        if (!text.StartsWith("Table:", StringComparison.Ordinal)) return false;
        var length = "Table:".Length;
        while (length < text.Length && text[length] == ' ') length++;
        foreach (var literal in literals)
        {
            var content = literal.Content.ToString();
            var cut = Math.Min(length, content.Length);
            literal.Content = new StringSlice(content[cut..]);
            length -= cut;
            if (length == 0) break;
        }
        return true;
    }
}
