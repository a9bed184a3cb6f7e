using Publisher.Core.Text;
using System.Text;
using System.Xml;

namespace Publisher.Epub;

/// <summary>
/// The frame every XHTML content document shares: XML declaration, the XHTML and OPS
/// namespaces, the language, a title and the stylesheet. The body is given as markup.
/// </summary>
internal static class XhtmlPage
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string OpsNamespace = "http://www.idpf.org/2007/ops";

    public static string Build(string language, string title, string stylesheetHref, string bodyEpubType, string body)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.Append("<!DOCTYPE html>\n");
        var direction = TextDirection.IsRightToLeft(language) ? " dir=\"rtl\"" : "";
        sb.Append($"<html xmlns=\"{XhtmlNamespace}\" xmlns:epub=\"{OpsNamespace}\" lang=\"{Escape(language)}\" xml:lang=\"{Escape(language)}\"{direction}>\n");
        sb.Append("<head>\n");
        sb.Append($"<title>{Escape(title)}</title>\n");
        sb.Append($"<link rel=\"stylesheet\" type=\"text/css\" href=\"{Escape(stylesheetHref)}\" />\n");
        sb.Append("</head>\n");
        sb.Append($"<body epub:type=\"{Escape(bodyEpubType)}\">\n");
        sb.Append(body);
        if (body.Length > 0 && body[^1] != '\n') sb.Append('\n');
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Escapes text for element content and double-quoted attribute values alike (characters XML cannot carry become U+FFFD).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Publisher.Core.Markdown.ControlCharacters.Replace(text))
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// Parses a finished page and returns the characters a reader will display. Parsing is
    /// also the check that the page is well-formed XML: a reading system shows nothing of a
    /// chapter that is not, so a broken page stops the build instead of shipping.
    /// </summary>
    public static IEnumerable<int> VisibleCodePoints(string xhtml, string name)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        var codePoints = new HashSet<int>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml), settings);
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                    AddCodePoints(reader.Value, codePoints);
            }
        }
        catch (XmlException e)
        {
            throw new InvalidOperationException($"the EPUB page for {name} is not well-formed XHTML: {e.Message}", e);
        }
        return codePoints;
    }

    public static void AddCodePoints(string text, ISet<int> codePoints)
    {
        foreach (var rune in text.EnumerateRunes()) codePoints.Add(rune.Value);
    }
}
