using Publisher.Core.Books;
using Publisher.Core.PrintPages;

namespace Publisher.Epub;

/// <summary>A page of the print edition as the EPUB's page list names it: its label and its marker's address.</summary>
internal sealed record PageTarget(string Label, string Href);

/// <summary>
/// The print edition's pages, sorted into the EPUB's files: each front-matter page into the document
/// that stands for its part (<see cref="FileFor"/>), each chapter's pages into the chapter, and the list
/// of all of them, in order, for the navigation document and the NCX.
/// </summary>
internal sealed class PrintPageList
{
    private readonly PrintPageMap? _map;
    private readonly string _firstChapter;
    private readonly (FrontMatterPart Part, string File)[] _frontDocuments;

    /// <param name="hasCover">The EPUB has a cover page (book.yml names a cover image).</param>
    /// <param name="hasImprint">The EPUB has an imprint page.</param>
    public PrintPageList(Book book, PrintPageMap? map, bool hasCover, bool hasImprint)
    {
        _map = map is { Pages.Count: > 0 } ? map : null;
        _firstChapter = EpubPaths.Chapter(book.Chapters[0].Slug);
        var documents = new List<(FrontMatterPart, string)>();
        if (hasCover) documents.Add((FrontMatterPart.Cover, EpubPaths.CoverPage));
        if (book.Template.TitlePage.Enabled) documents.Add((FrontMatterPart.TitlePage, EpubPaths.TitlePage));
        if (hasImprint) documents.Add((FrontMatterPart.Imprint, EpubPaths.ImprintPage));
        _frontDocuments = [.. documents];
        Targets = _map is null ? [] : _map.Pages.Select((page, i) =>
        {
            var file = page.Start.IsFrontMatter ? FileFor(page.Part)
                : page.Start.IsIndex ? EpubPaths.Index
                : EpubPaths.Chapter(book.Chapters[page.Start.Chapter].Slug);
            return new PageTarget(page.Label, $"{file}#{PageBreakMarkers.IdFor(i + 1)}");
        }).ToList();
    }

    /// <summary>Every page in order; empty when the EPUB is made without a print edition.</summary>
    public IReadOnlyList<PageTarget> Targets { get; }

    /// <summary>
    /// The EPUB document a front-matter part's pages are marked in: the part's own, or, where the EPUB has
    /// none (a typographic cover, no imprint), the next one in reading order. The printed contents' pages
    /// open the first chapter: the EPUB's contents are its navigation document, outside the reading order.
    /// A page whose part is not known is taken for the title page's.
    /// </summary>
    private string FileFor(FrontMatterPart? part)
    {
        var at = part ?? FrontMatterPart.TitlePage;
        foreach (var (documentPart, file) in _frontDocuments)
            if (documentPart >= at) return file;
        return _firstChapter;
    }

    /// <summary>The markers that open the front-matter document <paramref name="file"/> (cover, title page or imprint).</summary>
    public string FrontMatterMarkers(string file) => _map is null
        ? ""
        : string.Concat(FrontPagesIn(file).Select(p => PageBreakMarkers.Marker(p.Number, p.Page.Label) + "\n"));

    /// <summary>The pages that begin in chapter <paramref name="index"/>, for its renderer; null without a print edition.</summary>
    public IEnumerable<(int Number, PrintPage Page)>? ForChapter(int index)
    {
        if (_map is null) return null;
        var pages = _map.In(index);
        return index == 0 ? FrontPagesIn(_firstChapter).Concat(pages) : pages;
    }

    /// <summary>
    /// The markers of the print edition's pages that begin in its index, by the line (<see cref="Core.Indexing.IndexLine"/>,
    /// 0 its title) they go before; a page that begins inside a long entry is marked before that entry.
    /// </summary>
    public Func<int, string> ForIndex()
    {
        var byLine = (_map?.In(PrintPosition.IndexDocument) ?? [])
            .GroupBy(p => p.Page.Start.Offset)
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(p => PageBreakMarkers.Marker(p.Number, p.Page.Label))));
        return line => byLine.GetValueOrDefault(line, "");
    }

    private IEnumerable<(int Number, PrintPage Page)> FrontPagesIn(string file) =>
        _map!.In(-1).Where(p => FileFor(p.Page.Part) == file);
}
