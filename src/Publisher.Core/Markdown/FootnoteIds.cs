using System.Globalization;

namespace Publisher.Core.Markdown;

/// <summary>
/// The ids of footnotes and of the references to them, the same in both formats and the same as Markdig's own:
/// a Markdown link to <c>#fn:2</c> reaches note 2 in the PDF and the EPUB alike. The colon keeps them apart from
/// heading ids, which never hold one.
/// </summary>
public static class FootnoteIds
{
    /// <summary>The note numbered <paramref name="order"/> (Markdig's <c>Footnote.Order</c>: per chapter, from 1).</summary>
    public static string Note(int order) => "fn:" + order.ToString(CultureInfo.InvariantCulture);

    /// <summary>The <paramref name="index"/>th reference to a note in the chapter (Markdig's <c>FootnoteLink.Index</c>).</summary>
    public static string Reference(int index) => "fnref:" + index.ToString(CultureInfo.InvariantCulture);
}
