using Markdig.Renderers;

namespace Publisher.Epub;

/// <summary>The number a labelled figure's, table's or listing's caption begins with, as in the PDF: "Figure 3: ".</summary>
internal static class CaptionNumbers
{
    /// <summary>
    /// Writes <c>&lt;span class="figure-number"&gt;Figure 3:&lt;/span&gt; </c> (the colon and space only when
    /// <paramref name="textFollows"/>); nothing when <paramref name="number"/> is null.
    /// </summary>
    public static HtmlRenderer WriteNumber(this HtmlRenderer renderer, string kind, string? number, bool textFollows)
    {
        if (number is null) return renderer;
        renderer.Write("<span class=\"").Write(kind).Write("-number\">").WriteEscape(number);
        return renderer.Write(textFollows ? ":</span> " : "</span>");
    }
}
