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

    /// <summary>True when <paramref name="html"/> parses as a balanced XHTML fragment with no script in it.</summary>
    public static bool IsSafeXhtml(string html)
    {
        if (Script().IsMatch(html)) return false;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, ConformanceLevel = ConformanceLevel.Fragment };
        try
        {
            using var reader = XmlReader.Create(new StringReader($"<div xmlns=\"http://www.w3.org/1999/xhtml\">{html}</div>"), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.HasAttributes)
                {
                    for (var i = 0; i < reader.AttributeCount; i++)
                    {
                        reader.MoveToAttribute(i);
                        if (reader.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return false;
                        if (reader.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return false;
                    }
                }
            }
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>
    /// The inline HTML of one paragraph, tags only, in order. Markdig gives each tag as a
    /// node of its own; a paragraph's tags are kept or escaped together, by whether this
    /// skeleton is safe XHTML.
    /// </summary>
    public static string InlineSkeleton(Markdig.Syntax.Inlines.ContainerInline inlines) =>
        string.Concat(inlines.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Select(t => t.Tag).Where(t => !IsComment(t)));

    /// <summary>The text between the tags, entities decoded, comments dropped.</summary>
    public static string TextOf(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(Comment().Replace(html, ""), ""));

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)] private static partial Regex Comment();
    [GeneratedRegex("<[^>]*>")] private static partial Regex Tag();
    [GeneratedRegex(@"<\s*(script|iframe|object|embed)\b", RegexOptions.IgnoreCase)] private static partial Regex Script();
}
