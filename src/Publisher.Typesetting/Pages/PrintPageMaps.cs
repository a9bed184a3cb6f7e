using Publisher.Core.PrintPages;
using Publisher.Layout.Pages;
using Publisher.Typesetting.Building;

namespace Publisher.Typesetting.Pages;

/// <summary>Tells, for each laid-out page, its label and where in the sources it begins.</summary>
internal static class PrintPageMaps
{
    /// <summary>
    /// Pages on which no row of the book's text begins take the place of the next page that
    /// has one, so their markers stand together before it: a blank left-hand page before a
    /// chapter, a page that only finishes a long note. Before the first text: the front matter
    /// (a title page). After the last: the end of the last chapter, or of the index (a booklet's padding).
    /// </summary>
    /// <remarks>Each page is named by its label (i, ii… for front matter, then 1, 2…), the one its folio
    /// and the PDF's /PageLabels show.</remarks>
    public static PrintPageMap From(Core.Books.Book book, IReadOnlyList<Page> pages, PageLabels labels)
    {
        var starts = new PrintPosition[pages.Count];
        PrintPosition? next = null;
        var lastChapter = pages.LastOrDefault(p => p.Start is { Origin.Document: >= 0 })?.Start?.Origin.Document ?? -1;
        // A book with an index ends with it: blank pages after it (a booklet's padding) belong to its end.
        var endsInIndex = pages.LastOrDefault(p => p.Start is not null)?.Start?.Origin.Document == PrintPosition.IndexDocument;
        for (var i = pages.Count - 1; i >= 0; i--)
        {
            // The index's lines carry their place as a chapter's blocks do, in a document of their own (PrintPosition.InIndex).
            if (pages[i].Start is { } start) next = new PrintPosition(start.Origin.Document, start.Origin.Offset, start.Word);
            starts[i] = next ?? (endsInIndex ? PrintPosition.InIndex(PrintPosition.EndOfIndex, 0)
                : lastChapter < 0 ? PrintPosition.FrontMatter : PrintPosition.EndOf(lastChapter));
        }
        // The cover, title page, imprint and contents, and the blank pages between them, come before any chapter's text.
        var firstText = pages.TakeWhile(p => p.Start is null).Count();
        var parts = new FrontMatterPart?[pages.Count];
        if (pages.Take(firstText).Any(p => !p.IsBlank))
        {
            FrontMatterPart? part = null;
            for (var i = firstText - 1; i >= 0; i--)
            {
                starts[i] = PrintPosition.FrontMatter;
                parts[i] = part = PartOpenedOn(pages[i]) ?? part;
            }
            // A blank page after the last part (the contents' back) belongs to that part.
            for (var i = 1; i < firstText; i++) parts[i] ??= parts[i - 1];
        }
        return new PrintPageMap(pages.Select((page, i) => new PrintPage(labels.Label(i), starts[i]) { Part = parts[i] }).ToList())
        {
            IndexPlaces = IndexPlaces(book, pages, labels),
        };
    }

    /// <summary>The page label of every place the book's index names, by <see cref="PrintPageMap.PlaceKey"/>.</summary>
    private static Dictionary<string, string> IndexPlaces(Core.Books.Book book, IReadOnlyList<Page> pages, PageLabels labels)
    {
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        if (book.Index.Count == 0) return places;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in book.Index.SelectMany(g => g.Entries).SelectMany(e => e.SubEntries.Prepend(e)))
            foreach (var mark in entry.Marks)
                keys[LinkResolver.Destination(mark.Chapter, mark.Id)] = PrintPageMap.PlaceKey(mark.Chapter.Index, mark.Id);
        for (var i = 0; i < pages.Count; i++)
            foreach (var item in pages[i].Items)
                if (item is DestinationItem d && keys.TryGetValue(d.Name, out var key)) places.TryAdd(key, labels.Label(i));
        return places;
    }

    /// <summary>The part of the front matter a page opens, told by the destination each part begins with.</summary>
    private static FrontMatterPart? PartOpenedOn(Page page) =>
        page.Items.OfType<DestinationItem>().Select(d => d.Name switch
        {
            FrontMatterBuilder.CoverDestination => FrontMatterPart.Cover,
            FrontMatterBuilder.TitleDestination => FrontMatterPart.TitlePage,
            FrontMatterBuilder.ImprintDestination => FrontMatterPart.Imprint,
            FrontMatterBuilder.ContentsDestination => FrontMatterPart.Contents,
            _ => (FrontMatterPart?)null,
        }).FirstOrDefault(part => part is not null);
}
