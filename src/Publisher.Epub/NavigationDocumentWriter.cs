using System.Text;
using Publisher.Core.Books;
using Publisher.Core.References;

namespace Publisher.Epub;

/// <summary>
/// The navigation document (nav.xhtml): the table of contents reading systems show in
/// their own menus (see <see cref="TableOfContents"/>), and the landmarks: the cover, the
/// title page, the table of contents and where the text proper starts. The contents and the page list carry
/// the ARIA roles of their epub:type (doc-toc, doc-pagelist), for screen readers; the landmarks have none in
/// DPUB-ARIA, and the types on their links name the places they lead to, not the links themselves.
/// </summary>
internal static class NavigationDocumentWriter
{
    public const string TocId = "toc";

    public static string Write(Book book, bool hasCover, bool hasImprint = false, IReadOnlyList<PageTarget>? pages = null)
    {
        var body = new StringBuilder();
        body.Append($"<nav epub:type=\"toc\" role=\"doc-toc\" id=\"{TocId}\">\n<ol>\n");
        foreach (var entry in TableOfContents.For(book)) Append(body, entry);
        body.Append("</ol>\n</nav>\n");
        AppendList(body, "lof", book.Template.Toc.FiguresTitle, book.Numbered.Where(n => n.Kind == ReferenceKind.Figure));
        AppendList(body, "lot", book.Template.Toc.TablesTitle, book.Numbered.Where(n => n.Kind == ReferenceKind.Table));

        var landmarks = new List<(string Type, string Href, string Text)>();
        if (hasCover) landmarks.Add(("cover", EpubPaths.CoverPage, "Cover"));
        if (book.Template.TitlePage.Enabled) landmarks.Add(("titlepage", EpubPaths.TitlePage, "Title page"));
        if (hasImprint) landmarks.Add(("copyright-page", EpubPaths.ImprintPage, "Imprint"));
        landmarks.Add(("toc", $"{EpubPaths.Navigation}#{TocId}", "Table of contents"));
        var first = book.Chapters[0];
        landmarks.Add(("bodymatter", EpubPaths.Chapter(first.Slug), first.Title));
        if (book.IndexTitle is { } index) landmarks.Add(("index", EpubPaths.Index, index));
        body.Append("<nav epub:type=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
        foreach (var (type, href, text) in landmarks)
            body.Append($"<li><a epub:type=\"{type}\" href=\"{XhtmlPage.Escape(href)}\">{XhtmlPage.Escape(text)}</a></li>\n");
        body.Append("</ol>\n</nav>\n");
        AppendPageList(body, pages ?? []);

        return XhtmlPage.Build(book.Manifest.Language, book.Manifest.Title, EpubPaths.Stylesheet, "frontmatter", body.ToString());
    }

    /// <summary>
    /// The print edition's pages (EPUB 3.3 page-list), for a reader who must find "page 12" of
    /// the printed book. Hidden: reading systems offer it in their own "go to page" menus.
    /// </summary>
    private static void AppendPageList(StringBuilder body, IReadOnlyList<PageTarget> pages)
    {
        if (pages.Count == 0) return;
        body.Append("<nav epub:type=\"page-list\" role=\"doc-pagelist\" hidden=\"hidden\">\n<ol>\n");
        foreach (var page in pages)
            body.Append($"<li><a href=\"{XhtmlPage.Escape(page.Href)}\">{XhtmlPage.Escape(page.Label)}</a></li>\n");
        body.Append("</ol>\n</nav>\n");
    }

    /// <summary>
    /// A list of figures or tables (EPUB's lof and lot navigation), when the template prints one: each numbered item with
    /// its caption, linking to it. Named for screen readers, since a page with several navigation landmarks needs names.
    /// </summary>
    private static void AppendList(StringBuilder body, string type, string? title, IEnumerable<NumberedItem> items)
    {
        var listed = items.ToList();
        if (title is null || listed.Count == 0) return;
        // EPUB asks a navigation of another type than toc, page-list and landmarks to open with a heading.
        body.Append($"<nav epub:type=\"{type}\" id=\"{type}\" aria-label=\"{XhtmlPage.Escape(title)}\">\n<h1>{XhtmlPage.Escape(title)}</h1>\n<ol>\n");
        foreach (var item in listed)
            body.Append($"<li><a href=\"{XhtmlPage.Escape($"{EpubPaths.Chapter(item.Chapter.Slug)}#{item.Label}")}\">{XhtmlPage.Escape(item.Entry)}</a></li>\n");
        body.Append("</ol>\n</nav>\n");
    }

    private static void Append(StringBuilder body, TocEntry entry)
    {
        body.Append($"<li><a href=\"{XhtmlPage.Escape(entry.Href)}\">{XhtmlPage.Escape(entry.Text)}</a>");
        if (entry.Children.Count > 0)
        {
            body.Append("\n<ol>\n");
            foreach (var child in entry.Children) Append(body, child);
            body.Append("</ol>\n");
        }
        body.Append("</li>\n");
    }
}
