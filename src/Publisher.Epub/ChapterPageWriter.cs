using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;

namespace Publisher.Epub;

/// <summary>
/// A chapter's page: the body is the book's <c>bodymatter</c>, and the chapter is a
/// <c>&lt;section epub:type="chapter" role="doc-chapter"&gt;</c> inside it. The semantics stand on a section
/// rather than on the body because ARIA allows no role on <c>&lt;body&gt;</c>: a screen reader learns of a
/// chapter from the role, a reading system from the epub:type, and each needs its own attribute (DPUB-ARIA's
/// mapping of EPUB's structural semantics). The chapter is named by its title heading where it has one, so
/// the name a screen reader announces is the heading it reads next.
/// </summary>
internal static class ChapterPageWriter
{
    public static string Write(Book book, Chapter chapter, string body)
    {
        var open = $"<section epub:type=\"chapter\" role=\"doc-chapter\" {Name(chapter)}>\n";
        var close = body.Length == 0 || body.EndsWith('\n') ? "</section>\n" : "\n</section>\n";
        // A chapter's own language (front matter lang) is its document's lang, xml:lang and dir.
        return XhtmlPage.Build(book.LanguageOf(chapter), chapter.Title, EpubPaths.FromChapter(EpubPaths.Stylesheet),
            "bodymatter", open, body, close);
    }

    /// <summary>aria-labelledby the heading that gives the chapter its title, else aria-label with the title.</summary>
    private static string Name(Chapter chapter) =>
        chapter.TitleIsHeading && chapter.Document.Descendants<HeadingBlock>().FirstOrDefault()?.TryGetAttributes()?.Id is { Length: > 0 } id
            ? $"aria-labelledby=\"{XhtmlPage.Escape(id)}\""
            : $"aria-label=\"{XhtmlPage.Escape(chapter.Title)}\"";
}
