using System.Text;
using Publisher.Core.Templates;

namespace Publisher.Epub;

internal static partial class StylesheetGenerator
{
    /// <summary>
    /// The index document as print sets it (template <c>index</c>): the title, each group's letter, the entries with no
    /// bullets, a sub-term further in, and an entry's next lines hanging further in than its first.
    /// </summary>
    private static void IndexRules(StringBuilder css, Template template, Func<TextAlign, string> align)
    {
        var index = template.Index;
        TitlePageRule(css, "section.index h1", index.TitleStyle, align(index.TitleStyle.Align));
        TitlePageRule(css, "section.index-group h2", index.Letter, align(index.Letter.Align));
        var indent = Em(index.Indent, index.Entry.Text.Size);
        Rule(css, "ul.index-entries", ["list-style: none", "margin: 0", "padding: 0"]);
        Rule(css, "ul.index-entries ul", [$"margin-left: {indent}"]);
        Rule(css, "li.index-entry", [.. Text(index.Entry.Text), "text-align: start",
            $"padding-left: {indent}", $"text-indent: -{indent}"]);
    }
}
