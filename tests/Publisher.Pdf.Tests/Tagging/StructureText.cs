namespace Publisher.Pdf.Tests.Tagging;

/// <summary>
/// A PDF's structure tree as poppler reads it back (<c>pdfinfo -struct-text</c>): elements with their role,
/// children and text, in the order a screen reader meets them.
/// </summary>
internal sealed class StructureText
{
    public required string Role { get; init; }
    public List<StructureText> Children { get; } = [];
    public List<string> Texts { get; } = [];
    public List<string> Attributes { get; } = [];

    /// <summary>The element's own texts and its children, in the order poppler prints them.</summary>
    private List<object> Parts { get; } = [];

    public string Text => string.Concat(Texts);

    /// <summary>Everything the element reads as, its children's text included where they stand (a link's inside a paragraph).</summary>
    public string AllText => string.Concat(Parts.Select(p => p is StructureText child ? child.AllText : (string)p));

    public IEnumerable<StructureText> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    public static StructureText Read(byte[] pdf) => Parse(Poppler.Run("pdfinfo", pdf, "-struct-text"));

    /// <summary>Two spaces of indent a level; an element's line is its role (and "(block)" or "(inline)"), a text's is quoted.</summary>
    public static StructureText Parse(string output)
    {
        var root = new StructureText { Role = "" };
        var open = new List<StructureText> { root };
        foreach (var line in output.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            var depth = (line.Length - line.TrimStart(' ').Length) / 2;
            var content = line.Trim();
            var parent = open[Math.Min(depth, open.Count - 1)];
            if (content.StartsWith('"'))
            {
                parent.Texts.Add(content.Length >= 2 ? content[1..^1] : "");
                parent.Parts.Add(parent.Texts[^1]);
                continue;
            }
            // An element with attributes is printed "TH:", its attributes on the lines below ("/Scope /Column").
            if (content.StartsWith('/'))
            {
                parent.Attributes.Add(content);
                continue;
            }
            var element = new StructureText { Role = content.Split(' ')[0].TrimEnd(':') };
            parent.Children.Add(element);
            parent.Parts.Add(element);
            open.RemoveRange(depth + 1, open.Count - depth - 1);
            open.Add(element);
        }
        return root;
    }
}
