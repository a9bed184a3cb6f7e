using System.Text.RegularExpressions;

namespace Publisher.Pdf.Rendering;

internal static partial class PdfFinisher
{
    /// <summary>
    /// A new version of every page object with /TrimBox and /BleedBox added: Skia writes only the
    /// MediaBox, and a printer needs to know where to cut and how far the bleed reaches.
    /// </summary>
    private static IEnumerable<(int, string)> PagesWithBoxes(string text, PrintBoxes print)
    {
        var entries = print.PdfEntries();
        foreach (Match page in PageObject().Matches(text))
        {
            var body = page.Groups[2].Value.TrimEnd();
            yield return (int.Parse(page.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                body[..^2] + entries + ">>");
        }
    }

    /// <summary>A page object (/Type /Page, not /Pages) as Skia writes it: a dictionary with no stream.</summary>
    [GeneratedRegex(@"(?:^|[\r\n])(\d+) 0 obj\s*(<</Type /Page\s.*?>>)\s*endobj", RegexOptions.Singleline)]
    private static partial Regex PageObject();
}
