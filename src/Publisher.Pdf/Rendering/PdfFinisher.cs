using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Books;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// Adds to Skia's PDF what Skia cannot write: the document's language (/Lang in the
/// catalog), so screen readers and viewers know it. It is written as a PDF incremental
/// update (a new version of the catalog appended after the original file, ISO 32000-1
/// §7.5.6), which leaves Skia's bytes untouched and stays reproducible. PDFsharp 6.2.4
/// could set the key too, but rewrites the whole file with random XMP ids on every save.
/// </summary>
internal static partial class PdfFinisher
{
    public static void Finish(MemoryStream painted, Stream output, Book book)
    {
        var pdf = painted.GetBuffer().AsSpan(0, (int)painted.Length);
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Trailer().Matches(text).Last();
        var previousXref = StartXref().Matches(text).Last().Groups[1].Value;
        var root = int.Parse(Root().Match(trailer.Value).Groups[1].Value, CultureInfo.InvariantCulture);
        var catalog = ObjectBody(root).Match(text);
        if (!catalog.Success) throw new InvalidDataException("Skia's PDF has no catalog object");
        var body = catalog.Groups[1].Value.TrimEnd();
        var updatedCatalog = body[..^2] + $"/Lang ({book.Manifest.Language})>>";

        var update = new StringBuilder();
        update.Append('\n');
        var objectOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{root} 0 obj\n{updatedCatalog}\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{root} 1\n{objectOffset:D10} 00000 n \n");
        var trailerDict = trailer.Groups[1].Value.Trim();
        update.Append(CultureInfo.InvariantCulture, $"trailer\n{trailerDict[..^2]}/Prev {previousXref}>>\n");
        update.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefOffset}\n%%EOF\n");

        output.Write(pdf);
        output.Write(Encoding.Latin1.GetBytes(update.ToString()));
    }

    private static Regex ObjectBody(int number) =>
        new($@"(?:^|[\r\n]){number} 0 obj\s*(<<.*?>>)\s*endobj", RegexOptions.Singleline);

    [GeneratedRegex(@"trailer\s*(<<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex Root();
}
