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

    /// <summary>
    /// The page around <paramref name="body"/>, given in parts that are joined once: a chapter's body is often larger
    /// than 85 KB, and each copy of it is a large object, freed only by a full collection (the Node.js docs: 60 MB of
    /// such copies when the section's tags were added to the body, and the page around that, one at a time).
    /// </summary>
    public static string Build(string language, string title, string stylesheetHref, string bodyEpubType, params ReadOnlySpan<string> body)
    {
        var direction = TextDirection.IsRightToLeft(language) ? " dir=\"rtl\"" : "";
        var head =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            "<!DOCTYPE html>\n" +
            $"<html xmlns=\"{XhtmlNamespace}\" xmlns:epub=\"{OpsNamespace}\" lang=\"{Escape(language)}\" xml:lang=\"{Escape(language)}\"{direction}>\n" +
            "<head>\n" +
            $"<title>{Escape(title)}</title>\n" +
            $"<link rel=\"stylesheet\" type=\"text/css\" href=\"{Escape(stylesheetHref)}\" />\n" +
            "</head>\n" +
            $"<body epub:type=\"{Escape(bodyEpubType)}\">\n";
        var last = "";
        foreach (var part in body)
            if (part.Length > 0) last = part;
        var tail = last.Length > 0 && last[^1] != '\n' ? "\n</body>\n</html>\n" : "</body>\n</html>\n";
        var parts = new string[body.Length + 2];
        parts[0] = head;
        body.CopyTo(parts.AsSpan(1));
        parts[^1] = tail;
        return string.Concat(parts);
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
