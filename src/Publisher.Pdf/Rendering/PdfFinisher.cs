using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Books;
using Publisher.Pdf.Building;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// Adds to Skia's PDF what Skia cannot write: the document's language (/Lang), the page
/// labels (/PageLabels, the numbers a viewer shows) and the bookmarks (/Outlines), so screen readers know the language and viewers show the
/// heading tree. Both go into one PDF incremental update (new objects and a new version of
/// the catalog appended after the original file, ISO 32000-1 §7.5.6), which leaves Skia's
/// bytes untouched and stays reproducible. PDFsharp 6.2.4 could add them too, but rewrites
/// the whole file with random XMP ids and the clock's time on every save.
/// </summary>
internal static partial class PdfFinisher
{
    public static void Finish(MemoryStream painted, Stream output, Book book, IReadOnlyList<OutlineEntry> outline,
        PageLabels? labels, PrintBoxes? print = null)
    {
        var pdf = painted.GetBuffer().AsSpan(0, (int)painted.Length);
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Trailer().Matches(text).Last();
        var trailerDict = trailer.Groups[1].Value.Trim();
        var previousXref = StartXref().Matches(text).Last().Groups[1].Value;
        var root = Number(Root(), trailerDict);
        var size = Number(Size(), trailerDict);
        var catalog = ObjectBody(root).Match(text);
        if (!catalog.Success) throw new InvalidDataException("Skia's PDF has no catalog object");

        var objects = new List<(int Number, string Body)>();
        var additions = $"/Lang ({book.Manifest.Language})" + (labels is null ? "" : PageLabelsEntry(labels));
        if (outline.Count > 0)
        {
            objects.AddRange(OutlineObjects(outline, size));
            additions += $"/Outlines {size} 0 R/PageMode /UseOutlines";
        }
        var body = catalog.Groups[1].Value.TrimEnd();
        objects.Insert(0, (root, body[..^2] + additions + ">>"));
        if (print is { IsTrimOnly: false }) objects.AddRange(PagesWithBoxes(text, print));

        var update = new StringBuilder("\n");
        var offsets = new Dictionary<int, long>();
        foreach (var (number, objectBody) in objects)
        {
            offsets[number] = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{objectBody}\nendobj\n");
        }
        var xrefOffset = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append("xref\n");
        // One subsection per run of consecutive object numbers (new versions of old objects are scattered).
        var numbers = offsets.Keys.Order().ToList();
        for (var start = 0; start < numbers.Count;)
        {
            var end = start + 1;
            while (end < numbers.Count && numbers[end] == numbers[end - 1] + 1) end++;
            update.Append(CultureInfo.InvariantCulture, $"{numbers[start]} {end - start}\n");
            for (var i = start; i < end; i++) update.Append(CultureInfo.InvariantCulture, $"{offsets[numbers[i]]:D10} 00000 n \n");
            start = end;
        }
        var newTrailer = Size().Replace(trailerDict, $"/Size {Math.Max(size, numbers[^1] + 1)}", 1);
        update.Append(CultureInfo.InvariantCulture, $"trailer\n{newTrailer[..^2]}/Prev {previousXref}>>\n");
        update.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefOffset}\n%%EOF\n");

        output.Write(pdf);
        output.Write(Encoding.Latin1.GetBytes(update.ToString()));
    }

    /// <summary>
    /// /PageLabels (ISO 32000-1 §12.4.2) as a number tree written inline: lower-case roman from the
    /// first page when there is front matter, decimal from 1 where the text starts.
    /// </summary>
    private static string PageLabelsEntry(PageLabels labels) => labels.FrontMatterPages == 0
        ? "/PageLabels <</Nums [0 <</S /D>>]>>"
        : $"/PageLabels <</Nums [0 <</S /r>> {labels.FrontMatterPages.ToString(CultureInfo.InvariantCulture)} <</S /D>>]>>";

    /// <summary>The outline root (object <paramref name="first"/>) and one object per entry, linked as a tree.</summary>
    private static IEnumerable<(int, string)> OutlineObjects(IReadOnlyList<OutlineEntry> entries, int first)
    {
        // Parent of each entry: the nearest earlier entry that stands shallower (-1: the root).
        var parent = new int[entries.Count];
        var stack = new Stack<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            while (stack.Count > 0 && entries[stack.Peek()].Depth >= entries[i].Depth) stack.Pop();
            parent[i] = stack.Count > 0 ? stack.Peek() : -1;
            stack.Push(i);
        }
        int Number(int i) => i < 0 ? first : first + 1 + i;
        // Children and descendant counts, worked out once (index 0 holds the root's, i + 1 entry i's).
        var children = new List<int>[entries.Count + 1];
        for (var i = 0; i <= entries.Count; i++) children[i] = [];
        for (var i = 0; i < entries.Count; i++) children[parent[i] + 1].Add(i);
        var descendants = new int[entries.Count + 1];
        for (var i = entries.Count - 1; i >= 0; i--) descendants[parent[i] + 1] += 1 + descendants[i + 1];
        List<int> Children(int p) => children[p + 1];
        int Descendants(int p) => descendants[p + 1];

        var top = Children(-1);
        yield return (first, $"<</Type /Outlines/First {Number(top[0])} 0 R/Last {Number(top[^1])} 0 R/Count {Descendants(-1)}>>");
        for (var i = 0; i < entries.Count; i++)
        {
            var siblings = Children(parent[i]);
            var at = siblings.IndexOf(i);
            var kids = Children(i);
            var item = new StringBuilder($"<</Title {TextString(entries[i].Title)}/Parent {Number(parent[i])} 0 R");
            if (at > 0) item.Append(CultureInfo.InvariantCulture, $"/Prev {Number(siblings[at - 1])} 0 R");
            if (at + 1 < siblings.Count) item.Append(CultureInfo.InvariantCulture, $"/Next {Number(siblings[at + 1])} 0 R");
            if (kids.Count > 0)
                item.Append(CultureInfo.InvariantCulture,
                    $"/First {Number(kids[0])} 0 R/Last {Number(kids[^1])} 0 R/Count {Descendants(i)}");
            item.Append("/Dest ").Append(Name(entries[i].Destination)).Append(">>");
            yield return (Number(i), item.ToString());
        }
    }

    /// <summary>A text string in UTF-16BE with its byte order mark, written in hex: any script, no escaping.</summary>
    private static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>A PDF name: bytes outside printable ASCII and the delimiters written as #XX.</summary>
    private static string Name(string value)
    {
        var name = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b < 0x21 || b > 0x7E || "#()<>[]{}/%".Contains((char)b)) name.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            else name.Append((char)b);
        }
        return name.ToString();
    }

    private static int Number(Regex pattern, string dictionary) =>
        int.Parse(pattern.Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);

    private static Regex ObjectBody(int number) =>
        new($@"(?:^|[\r\n]){number} 0 obj\s*(<<.*?>>)\s*endobj", RegexOptions.Singleline);

    [GeneratedRegex(@"trailer\s*(<<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex Root();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Size();
}
