using Publisher.Core.PrintPages;

namespace Publisher.Epub;

/// <summary>
/// A chapter's XHTML body as Markdig rendered it, before the print edition's page breaks are known, with the
/// places of its blocks' output (<see cref="PageBreakMarkers"/>): the chapters are rendered while the book is
/// still being laid out for print, on the cores that layout leaves idle.
/// </summary>
internal sealed record RenderedChapter(string Text, IReadOnlyList<PageBreakMarkers.BlockPlace> Places)
{
    /// <summary>The body, with a marker where each of <paramref name="pageBreaks"/> begins (none without them).</summary>
    public string Marked(IEnumerable<(int Number, PrintPage Page)>? pageBreaks)
    {
        var text = pageBreaks is null ? Text : PageBreakMarkers.Apply(Text, Places, pageBreaks);
        // Load refuses control characters (PUB045); any that still got through would make the page not XML.
        return Publisher.Core.Markdown.ControlCharacters.Replace(text);
    }
}
