namespace Publisher.Core.PrintPages;

/// <summary>One page of the print edition: its label (the folio printed on it) and where it begins.</summary>
public sealed record PrintPage(string Label, PrintPosition Start)
{
    /// <summary>For a page of the front matter, the part it belongs to (a blank page: the part after it).</summary>
    public FrontMatterPart? Part { get; init; }
}

/// <summary>The parts of the front matter, in the order a printed book has them.</summary>
public enum FrontMatterPart { Cover, TitlePage, Imprint, Contents }

/// <summary>
/// The print edition's pages in order, each with the place in the sources where it begins.
/// The PDF backend makes it from its laid-out pages; the EPUB backend, which cannot see the
/// PDF, puts a page-break marker at each place and lists the pages in its navigation, so a
/// reader of the EPUB can follow a class that reads from the printed book.
/// </summary>
public sealed class PrintPageMap(IReadOnlyList<PrintPage> pages)
{
    public IReadOnlyList<PrintPage> Pages { get; } = pages;

    /// <summary>
    /// The label of the page each index entry's place stands on, by <see cref="PlaceKey"/>: the EPUB's index gives the
    /// print edition's page numbers, as the printed index does.
    /// </summary>
    public IReadOnlyDictionary<string, string> IndexPlaces { get; init; } = new Dictionary<string, string>();

    /// <summary>How <see cref="IndexPlaces"/> names the place with id <paramref name="id"/> in chapter <paramref name="chapter"/>.</summary>
    public static string PlaceKey(int chapter, string id) => $"{chapter}#{id}";

    /// <summary>The pages that begin in chapter <paramref name="chapter"/> (-1: the front matter), in order, with their numbers from 1.</summary>
    public IEnumerable<(int Number, PrintPage Page)> In(int chapter) =>
        Pages.Select((page, i) => (Number: i + 1, Page: page)).Where(p => p.Page.Start.Chapter == chapter);
}
