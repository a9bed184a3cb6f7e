using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using Markdig.Syntax;

namespace Publisher.Core.Markdown;

/// <summary>
/// What happens to raw HTML written in Markdown. The EPUB keeps it only when it is
/// well-formed XHTML without scripts; otherwise it is shown escaped, as text. The PDF
/// sets the text between the tags and drops the markup. Both formats decide the same way.
/// </summary>
public static partial class RawHtml
{
    public static bool IsComment(string html) => Comment().Replace(html, "").Trim().Length == 0;

    // What an EPUB reading system is sure to accept: common text-level and block elements
    // with plain attributes. Images are left out: their files would not travel into the book.
    private static readonly HashSet<string> Elements =
    [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
        "div", "p", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption", "section", "aside",
    ];

    /// <summary>
    /// True when <paramref name="html"/> parses as a balanced XHTML fragment of known
    /// elements and plain attributes, with no script in it: the attributes any element may
    /// have (<see cref="AttributeRules"/>) and those its element needs, links only to the
    /// places <see cref="LinkTargets.IsSafeInRawHtml"/> allows.
    /// </summary>
    public static bool IsSafeXhtml(string html)
    {
        if (Script().IsMatch(html)) return false;
        try
        {
            using var reader = Fragment(html);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth == 0) continue;
                if (!Elements.Contains(reader.LocalName) || reader.Prefix.Length > 0) return false;
                var element = reader.LocalName;
                for (var i = 0; i < reader.AttributeCount; i++)
                {
                    reader.MoveToAttribute(i);
                    if (!IsSafeAttribute(element, reader.Name, reader.Value)) return false;
                }
            }
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>A reader over <paramref name="html"/> inside an XHTML div (depth 0), with DTDs refused.</summary>
    private static XmlReader Fragment(string html) => XmlReader.Create(
        new StringReader($"<div xmlns=\"http://www.w3.org/1999/xhtml\">{html}</div>"),
        new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, ConformanceLevel = ConformanceLevel.Fragment });

    private static bool IsSafeAttribute(string element, string name, string value) => name switch
    {
        "href" => element == "a" && LinkTargets.IsSafeInRawHtml(value),
        "cite" => element is "q" or "blockquote" or "del" or "ins" && LinkTargets.IsSafeInRawHtml(value),
        "colspan" or "rowspan" => element is "td" or "th" && value.Length is > 0 and < 4 && value.All(char.IsAsciiDigit),
        "datetime" => element is "time" or "del" or "ins",
        "xml:lang" => AttributeRules.Problem("lang", value) is null,
        _ => AttributeRules.Problem(name, value) is null,
    };

    /// <summary>
    /// The inline HTML of one paragraph, tags only, in order. Markdig gives each tag as a
    /// node of its own; a paragraph's tags are kept or escaped together, by whether this
    /// skeleton is safe XHTML.
    /// </summary>
    public static string InlineSkeleton(Markdig.Syntax.Inlines.ContainerInline inlines) =>
        string.Concat(inlines.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Select(t => t.Tag).Where(t => !IsComment(t)));

    /// <summary>
    /// The ids that raw HTML kept in the EPUB gives its elements, for a node holding raw HTML: an HTML block, or a
    /// paragraph (or other leaf) whose inline tags are judged together.
    /// </summary>
    public static IEnumerable<string> IdsIn(MarkdownObject node) => node switch
    {
        HtmlBlock block => Ids(block.Lines.ToString()),
        LeafBlock { Inline: { } inlines } when inlines.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Any() => Ids(InlineSkeleton(inlines)),
        _ => [],
    };

    /// <summary>The ids raw HTML kept in the EPUB gives its elements (none when it is not kept).</summary>
    private static IEnumerable<string> Ids(string html)
    {
        if (!IsSafeXhtml(html)) return [];
        var ids = new List<string>();
        using var reader = Fragment(html);
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.Depth > 0 && reader.GetAttribute("id") is { } id) ids.Add(id);
        return ids;
    }

    /// <summary>The text between the tags, entities decoded, comments dropped.</summary>
    public static string TextOf(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(Comment().Replace(html, ""), ""));

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)] private static partial Regex Comment();
    [GeneratedRegex("<[^>]*>")] private static partial Regex Tag();
    [GeneratedRegex(@"<\s*(script|iframe|object|embed)\b", RegexOptions.IgnoreCase)] private static partial Regex Script();
}
