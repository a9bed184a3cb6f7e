using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Publisher.Core.Markdown;

namespace Publisher.Core.Images;

/// <summary>Something taken out of an SVG file, and the line of the file it stood on.</summary>
public sealed record SvgDrop(int Line, string What, string Why);

/// <summary>An SVG file as both formats use it: what may stay of it, and what was taken out.</summary>
public sealed record SanitizedSvg(byte[] Data, IReadOnlyList<SvgDrop> Dropped);

/// <summary>
/// Makes an SVG file safe to show: an image in a book may draw, never run or fetch. The file is read with DTDs
/// off (no entity is ever expanded, so neither a file named by an external entity nor a billion laughs can get
/// in: a DOCTYPE is dropped, and an SVG that uses entities it declares is unreadable); then whatever could run
/// or fetch is taken out: <c>script</c>, <c>foreignObject</c> (HTML inside the drawing), animation elements (they
/// can change a link into <c>javascript:</c>), elements outside the SVG namespace (an editor's data; <c>metadata</c>
/// keeps its own), <c>on…</c> event handlers, <c>xml:base</c>, and every reference that leaves the file: an
/// <c>href</c> may only name a place in the same file (<c>#id</c>), or on an <c>image</c> be a PNG, JPEG or GIF
/// held in the file as a <c>data:</c> URL; a link (<c>a</c>) may also go to http, https or mailto; a CSS
/// <c>url(…)</c> only to <c>#id</c>, and <c>@import</c> is refused. What stays is drawn the same in both formats.
/// </summary>
public static partial class SvgSanitizer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> Elements =
    [
        "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "switch", "a", "view",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "image", "style", "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
        "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
        "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    ];

    /// <summary>
    /// Reads and cleans <paramref name="path"/>: the file's own bytes when nothing had to go, else the cleaned
    /// document written anew. Throws <see cref="InvalidDataException"/> when it is not readable XML.
    /// </summary>
    public static SanitizedSvg Sanitize(string path)
    {
        var text = File.ReadAllText(path);
        var dropped = new List<SvgDrop>();
        var doctype = Doctype().Match(text);
        if (doctype.Success && doctype.Groups["subset"].Success)
            dropped.Add(new SvgDrop(LineOf(text, doctype.Index), "the DOCTYPE's declarations", "entities could read files"));
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw NotWellFormed(e);
        }
        if (document.Root is { } root) Clean(root, dropped);
        // A file with nothing to take out is used as written, byte for byte (its comments and layout kept).
        // (The reader skipped any DOCTYPE, so writing the document anew leaves it out.)
        if (dropped.Count == 0 && !doctype.Success) return new SanitizedSvg(File.ReadAllBytes(path), dropped);
        var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            document.Save(writer);
        return new SanitizedSvg(output.ToArray(), dropped);
    }

    /// <param name="inMetadata">Inside <c>metadata</c>, where an editor's elements of other namespaces may stay (they are never drawn).</param>
    private static void Clean(XElement element, List<SvgDrop> dropped, bool inMetadata = false)
    {
        inMetadata |= element.Name == Svg + "metadata";
        foreach (var child in element.Elements().ToList())
        {
            if ((inMetadata && child.Name.Namespace != Svg ? ActiveProblem(child) : ElementProblem(child)) is { } why)
            {
                dropped.Add(new SvgDrop(LineOf(child), $"<{Display(child)}>", why));
                child.Remove();
                continue;
            }
            Clean(child, dropped, inMetadata);
        }
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList())
        {
            if (AttributeProblem(element, attribute) is not { } why) continue;
            dropped.Add(new SvgDrop(LineOf(attribute), $"{Display(attribute)}=\"{Shorten(attribute.Value)}\" on <{Display(element)}>", why));
            attribute.Remove();
        }
        // A link whose target was taken out keeps its drawing as a plain group rather than stand as a link to nowhere.
        if (element.Name == Svg + "a" && !element.Attributes().Any(a => a.Name.LocalName == "href")) element.Name = Svg + "g";
    }

    /// <summary>Why an element may not stand anywhere, even among an editor's data: scripts, and HTML inside the drawing.</summary>
    private static string? ActiveProblem(XElement element) => element switch
    {
        _ when element.Name.LocalName == "script" => "a script would run",
        _ when element.Name.LocalName == "foreignObject" => "it holds HTML, which could run or fetch",
        _ when element.Name.NamespaceName == "http://www.w3.org/1999/xhtml" => "HTML inside the drawing could run or fetch",
        _ => null,
    };

    private static string? ElementProblem(XElement element)
    {
        if (ActiveProblem(element) is { } active) return active;
        if (element.Name.Namespace != Svg) return "not an SVG element";
        if (!Elements.Contains(element.Name.LocalName)) return "an element that animates or plays, which could run or fetch";
        if (element.Name.LocalName == "style" && UnsafeCss(element.Value)) return "its CSS fetches from outside the file";
        return null;
    }

    private static string? AttributeProblem(XElement element, XAttribute attribute)
    {
        var name = attribute.Name;
        if (name.Namespace == XNamespace.None && name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            return "an event handler would run a script";
        if (name == XNamespace.Xml + "base") return "it would point the file's references elsewhere";
        if (name.LocalName == "href" && (name.Namespace == XNamespace.None || name.Namespace == XLink))
            return SafeHref(element, attribute.Value.Trim()) ? null : "a reference outside the file";
        return UnsafeCss(attribute.Value) ? "a url() outside the file" : null;
    }

    private static bool SafeHref(XElement element, string href) =>
        href.StartsWith('#')
        || element.Name.LocalName is "image" or "feImage" && RasterDataUrl().IsMatch(href)
        || element.Name.LocalName == "a" && LinkTargets.Classify(href) == LinkTargetKind.External;

    private static bool UnsafeCss(string css) =>
        css.Contains("@import", StringComparison.OrdinalIgnoreCase) ||
        CssUrl().Matches(css).Any(m => !m.Groups["target"].Value.StartsWith('#'));

    private static int LineOf(IXmlLineInfo node) => node.HasLineInfo() ? node.LineNumber : 0;

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    private static string Display(XElement element) =>
        element.GetPrefixOfNamespace(element.Name.Namespace) is { Length: > 0 } prefix ? $"{prefix}:{element.Name.LocalName}" : element.Name.LocalName;

    private static string Display(XAttribute attribute) =>
        attribute.Parent?.GetPrefixOfNamespace(attribute.Name.Namespace) is { Length: > 0 } prefix
            ? $"{prefix}:{attribute.Name.LocalName}" : attribute.Name.LocalName;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";

    [GeneratedRegex(@"<!DOCTYPE[^>\[]*(?<subset>\[)?", RegexOptions.IgnoreCase)] private static partial Regex Doctype();
    [GeneratedRegex(@"^data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*$")] private static partial Regex RasterDataUrl();
    [GeneratedRegex(@"url\(\s*['""]?(?<target>[^'"")]*)", RegexOptions.IgnoreCase)] private static partial Regex CssUrl();

    /// <summary>How every reader of an SVG file words a file that is not XML (the nesting check reads it first).</summary>
    internal static InvalidDataException NotWellFormed(XmlException e) =>
        new($"not well-formed XML at line {e.LineNumber}: {e.Message}" +
            (e.Message.Contains("entity", StringComparison.OrdinalIgnoreCase) ? " (entities from a DTD are not read)" : ""), e);
}
