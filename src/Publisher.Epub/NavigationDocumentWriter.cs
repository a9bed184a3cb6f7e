using System.Text;
using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>
/// The navigation document (nav.xhtml): the table of contents reading systems show in
/// their own menus. Each chapter is listed by its title, with its h1 and h2 headings below.
/// </summary>
internal static class NavigationDocumentWriter
{
    private sealed record Entry(string Href, string Text, List<Entry> Children);

    public static string Write(Book book)
    {
        var body = new StringBuilder();
        body.Append("<nav epub:type=\"toc\" id=\"toc\">\n<ol>\n");
        foreach (var chapter in book.Chapters) Append(body, ChapterEntry(chapter));
        body.Append("</ol>\n</nav>\n");

        // Tells reading systems where the text proper starts, past the title page.
        var first = book.Chapters[0];
        body.Append("<nav epub:type=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
        body.Append($"<li><a epub:type=\"bodymatter\" href=\"{EpubPaths.Chapter(first.Slug)}\">{XhtmlPage.Escape(first.Title)}</a></li>\n");
        body.Append("</ol>\n</nav>\n");

        return XhtmlPage.Build(book.Manifest.Language, book.Manifest.Title, EpubPaths.Stylesheet, "frontmatter", body.ToString());
    }

    /// <summary>h2 headings nest under the h1 before them, or under the chapter when there is none.</summary>
    private static Entry ChapterEntry(Chapter chapter)
    {
        var file = EpubPaths.Chapter(chapter.Slug);
        var entry = new Entry(file, chapter.Title, []);
        Entry? lastH1 = null;
        foreach (var heading in ChapterHeadings.ForNavigation(chapter))
        {
            var child = new Entry($"{file}#{Uri.EscapeDataString(heading.Id)}", heading.Text, []);
            if (heading.Level == 1)
            {
                entry.Children.Add(child);
                lastH1 = child;
            }
            else
            {
                (lastH1 ?? entry).Children.Add(child);
            }
        }
        return entry;
    }

    private static void Append(StringBuilder body, Entry entry)
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
