using Publisher.Core.Books;
using Publisher.Core.PrintPages;

namespace Publisher.Epub;

/// <summary>A page of the print edition as the EPUB's page list names it: its label and its marker's address.</summary>
internal sealed record PageTarget(string Label, string Href);

/// <summary>
/// The print edition's pages, sorted into the EPUB's files: the front matter's pages into the
/// title page (or, without one, the top of the first chapter), each chapter's into the chapter,
/// and the list of all of them, in order, for the navigation document and the NCX.
/// </summary>
internal sealed class PrintPageList
{
    private readonly PrintPageMap? _map;
    private readonly bool _titlePage;

    public PrintPageList(Book book, PrintPageMap? map)
    {
        _map = map is { Pages.Count: > 0 } ? map : null;
        _titlePage = book.Template.TitlePage.Enabled;
        Targets = _map is null ? [] : _map.Pages.Select((page, i) =>
        {
            var file = page.Start.IsFrontMatter
                ? _titlePage ? EpubPaths.TitlePage : EpubPaths.Chapter(book.Chapters[0].Slug)
                : EpubPaths.Chapter(book.Chapters[page.Start.Chapter].Slug);
            return new PageTarget(page.Label, $"{file}#{PageBreakMarkers.IdFor(i + 1)}");
        }).ToList();
    }

    /// <summary>Every page in order; empty when the EPUB is made without a print edition.</summary>
    public IReadOnlyList<PageTarget> Targets { get; }

    /// <summary>The markers that open the title page.</summary>
    public string TitlePageMarkers() => _map is null || !_titlePage
        ? ""
        : string.Concat(_map.In(-1).Select(p => PageBreakMarkers.Marker(p.Number, p.Page.Label) + "\n"));

    /// <summary>The pages that begin in chapter <paramref name="index"/>, for its renderer; null without a print edition.</summary>
    public IEnumerable<(int Number, PrintPage Page)>? ForChapter(int index)
    {
        if (_map is null) return null;
        var pages = _map.In(index);
        return index == 0 && !_titlePage ? _map.In(-1).Concat(pages) : pages;
    }
}
