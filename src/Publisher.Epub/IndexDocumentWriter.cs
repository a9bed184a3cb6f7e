using System.Text;
using Publisher.Core.Books;
using Publisher.Core.Indexing;
using Publisher.Core.PrintPages;

namespace Publisher.Epub;

/// <summary>
/// The book's index as an EPUB index document (EPUB Indexes 1.0): a section that is the index, each group of terms a
/// section under its letter, each term an entry with its locators, links to the exact places the text marks.
/// A locator reads as the print edition's page where the place stands, as the printed index gives it
/// (<see cref="IndexLocators"/>); without a print edition the places are numbered 1, 2, 3 as the index lists them.
/// The print edition's page breaks inside its index are marked at the lines they fall before (<see cref="IndexLine"/>).
/// </summary>
internal static class IndexDocumentWriter
{
    public static string Write(Book book, string title, PrintPageMap? printEdition, PrintPageList printPages)
    {
        var body = new StringBuilder();
        var breaks = printPages.ForIndex();
        // EPUB's type and the DPUB-ARIA role that tells a screen reader the same, on the section: ARIA allows no role on a body.
        body.Append("<section class=\"index\" epub:type=\"index\" role=\"doc-index\" aria-labelledby=\"index-title\">\n");
        body.Append(breaks(0)).Append($"<h1 id=\"index-title\">{XhtmlPage.Escape(title)}</h1>\n");
        var ordinal = 0;
        var lines = IndexLines.Of(book.Index).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            if (line.Entry is not { } entry)
            {
                body.Append($"<section class=\"index-group\" epub:type=\"index-group\" id=\"index-group-{line.Ordinal}\">\n");
                body.Append($"<h2>{breaks(line.Ordinal)}{XhtmlPage.Escape(line.Text)}</h2>\n<ul class=\"index-entries\" epub:type=\"index-entry-list\">\n");
                continue;
            }
            body.Append($"<li class=\"index-entry\" epub:type=\"index-entry\">{breaks(line.Ordinal)}<span epub:type=\"index-term\" dir=\"auto\">{XhtmlPage.Escape(line.Text)}</span>");
            foreach (var locator in Locators(entry, printEdition, ref ordinal))
            {
                body.Append(", ").Append(Locator(locator.From));
                if (locator.To is { } to) body.Append(IndexLocators.RunDash).Append(Locator(to));
            }
            // A term's sub-terms are a list inside its entry.
            if (line.Depth == 0 && next is { Depth: 1 })
            {
                body.Append("\n<ul class=\"index-entries\" epub:type=\"index-entry-list\">\n");
                continue;
            }
            body.Append("</li>\n");
            if (line.Depth == 1 && next is not { Depth: 1 }) body.Append("</ul>\n</li>\n");
            if (next is null or { Entry: null }) body.Append("</ul>\n</section>\n");
        }
        // Blank pages after the index's last line (a booklet's padding) are marked at its end.
        body.Append(breaks(PrintPosition.EndOfIndex));
        body.Append("</section>\n");
        return XhtmlPage.Build(book.Manifest.Language, title, EpubPaths.Stylesheet, "backmatter", body.ToString());
    }

    /// <summary>
    /// The print edition's pages of the entry's places, as the printed index gives them; without a print edition, each
    /// place numbered as the index lists them.
    /// </summary>
    private static List<IndexLocator> Locators(IndexEntry entry, PrintPageMap? printEdition, ref int ordinal)
    {
        if (printEdition is not null)
            return IndexLocators.Of(entry.Marks, mark => printEdition.IndexPlaces.GetValueOrDefault(PrintPageMap.PlaceKey(mark.Chapter.Index, mark.Id)));
        var numbered = new List<IndexLocator>();
        foreach (var mark in entry.Marks)
            numbered.Add(new IndexLocator(((++ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture), mark), null));
        return numbered;
    }

    private static string Locator((string Label, IndexMark Mark) place) =>
        $"<a epub:type=\"index-locator\" href=\"{XhtmlPage.Escape($"{EpubPaths.Chapter(place.Mark.Chapter.Slug)}#{place.Mark.Id}")}\">{XhtmlPage.Escape(place.Label)}</a>";
}
