using Publisher.Core.PrintPages;
using Publisher.Layout.Pages;
using Publisher.Pdf.Building;

namespace Publisher.Pdf.Pages;

/// <summary>Tells, for each laid-out page, its label and where in the sources it begins.</summary>
internal static class PrintPageMaps
{
    /// <summary>
    /// Pages on which no row of the book's text begins take the place of the next page that
    /// has one, so their markers stand together before it: a blank left-hand page before a
    /// chapter, a page that only finishes a long note. Before the first text: the front matter
    /// (a title page). After the last: the end of the last chapter (a booklet's padding).
    /// </summary>
    /// <remarks>Each page is named by its label (i, ii… for front matter, then 1, 2…), the one its folio
    /// and the PDF's /PageLabels show.</remarks>
    public static PrintPageMap From(IReadOnlyList<Page> pages, PageLabels labels)
    {
        var starts = new PrintPosition[pages.Count];
        PrintPosition? next = null;
        var lastChapter = pages.LastOrDefault(p => p.Start is not null)?.Start?.Origin.Document ?? -1;
        for (var i = pages.Count - 1; i >= 0; i--)
        {
            if (pages[i].Start is { } start) next = new PrintPosition(start.Origin.Document, start.Origin.Offset, start.Word);
            starts[i] = next ?? (lastChapter < 0 ? PrintPosition.FrontMatter : PrintPosition.EndOf(lastChapter));
        }
        // A title page, and a blank page after it, come before any chapter's text.
        var firstText = pages.TakeWhile(p => p.Start is null).Count();
        if (pages.Take(firstText).Any(p => !p.IsBlank))
            for (var i = 0; i < firstText; i++) starts[i] = PrintPosition.FrontMatter;
        return new PrintPageMap(pages.Select((page, i) => new PrintPage(labels.Label(i), starts[i])).ToList());
    }
}
