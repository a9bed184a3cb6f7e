using System.Text.RegularExpressions;

namespace Publisher.Core.Markdown;

/// <summary>
/// The ids Publisher gives elements of its own in a chapter: footnotes and the references to them
/// (<see cref="FootnoteIds"/>) and the EPUB's print page markers. An author's id may not take their form.
/// </summary>
public static partial class GeneratedIds
{
    /// <summary>The marker where print page <paramref name="number"/> begins (EPUB page list).</summary>
    public static string PrintPage(int number) => $"print-page-{number}";

    /// <summary>The place of the <paramref name="number"/>th index entry marked in a chapter (from 1).</summary>
    public static string IndexMark(int number) => $"index:{number}";

    public static bool IsReserved(string id) => Reserved().IsMatch(id);

    public const string ReservedForms = "fn:N and fnref:N (footnotes) and print-page-N (print page markers) and index:N (index entries)";

    [GeneratedRegex(@"^(fn:[0-9]+|fnref:[0-9]+|print-page-[0-9]+|index:[0-9]+)$")]
    private static partial Regex Reserved();
}
