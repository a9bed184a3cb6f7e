namespace Publisher.Epub;

/// <summary>
/// Where each file lives inside the EPUB. Chapters get a folder of their own so that a
/// chapter's slug can never clash with the fixed files (a chapter called nav.md, say).
/// </summary>
internal static class EpubPaths
{
    /// <summary>The folder holding the package document; manifest hrefs are relative to it.</summary>
    public const string Root = "EPUB";
    public const string Container = "META-INF/container.xml";
    public const string Package = "package.opf";
    public const string Navigation = "nav.xhtml";
    public const string Stylesheet = "style.css";
    public const string TitlePage = "title-page.xhtml";
    public const string CoverPage = "cover.xhtml";
    public const string ImprintPage = "imprint.xhtml";
    public const string Index = "index.xhtml";
    public const string Ncx = "toc.ncx";
    public const string ChapterFolder = "text";
    public const string FontFolder = "fonts";
    public const string ImageFolder = "images";

    public static string Chapter(string slug) => $"{ChapterFolder}/{slug}.xhtml";

    /// <summary>The full zip entry name of a file given relative to the package document.</summary>
    public static string InZip(string href) => $"{Root}/{href}";

    /// <summary>How a chapter file reaches a file given relative to the package document.</summary>
    public static string FromChapter(string href) => "../" + href;
}
