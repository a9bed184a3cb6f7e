namespace Publisher.Core.Books;

/// <summary>
/// Links as a documentation site writes them, resolved to the book's chapters. A page written for Jekyll, Hugo,
/// Docusaurus, MkDocs or GitHub links to another as <c>../using-npm/scripts</c>, <c>scripts.html</c>,
/// <c>/commands/npm-team/</c> or <c>folder/</c> (its index page): the same page as <c>scripts.md</c>. Such a link is
/// rewritten to the chapter's file, relative to the linking chapter, so that both formats read an ordinary link.
/// A site-absolute path starts at the book's folder (the site's root).
/// </summary>
public static class SiteLinks
{
    /// <summary>The names a folder's own page has, in the order generators prefer them.</summary>
    public static readonly IReadOnlyList<string> IndexPages = ["index.md", "README.md", "_index.md"];

    /// <summary>The chapter a site-style path names, or null. <paramref name="path"/> has no fragment and is unescaped.</summary>
    public static Chapter? Find(string bookDirectory, Chapter from, IReadOnlyList<Chapter> chapters, string path)
    {
        var rooted = path.StartsWith('/');
        var baseDirectory = rooted ? bookDirectory : Path.GetDirectoryName(from.SourcePath)!;
        var relative = path.TrimStart('/');
        var folder = relative.Length == 0 || relative.EndsWith('/');
        var full = Path.GetFullPath(Path.Combine(baseDirectory, relative.TrimEnd('/')));
        foreach (var candidate in Candidates(full, folder))
            if (chapters.FirstOrDefault(c => string.Equals(c.SourcePath, candidate, StringComparison.Ordinal)) is { } chapter)
                return chapter;
        return null;
    }

    private static IEnumerable<string> Candidates(string full, bool folder)
    {
        if (!folder)
        {
            yield return full;
            var extension = Path.GetExtension(full);
            if (extension is ".html" or ".htm") yield return Path.ChangeExtension(full, ".md");
            else if (!extension.Equals(".md", StringComparison.OrdinalIgnoreCase)) yield return full + ".md";
        }
        foreach (var index in IndexPages) yield return Path.Combine(full, index);
        // "/guide/usage/": a site that gives every page a folder of its own (Docusaurus, Hugo) means usage.md.
        if (folder) yield return full + ".md";
    }

    /// <summary>The link from <paramref name="from"/> to <paramref name="to"/>'s file, with the fragment if any.</summary>
    public static string Href(Chapter from, Chapter to, string? fragment)
    {
        var file = Path.GetRelativePath(Path.GetDirectoryName(from.SourcePath)!, to.SourcePath).Replace('\\', '/');
        var escaped = string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
        return fragment is null ? escaped : escaped + "#" + Uri.EscapeDataString(fragment);
    }

    /// <summary>
    /// The page's address on the published site (book.yml <c>site-url</c>) for a link to a page that is not in the book:
    /// the path as the site would resolve it, from the site's root or from the linking page's folder.
    /// </summary>
    public static string OnSite(string siteUrl, string bookDirectory, Chapter from, string url)
    {
        if (url.StartsWith('/')) return siteUrl + url.TrimStart('/');
        var folder = Path.GetRelativePath(bookDirectory, Path.GetDirectoryName(from.SourcePath)!).Replace('\\', '/');
        var baseUri = new Uri(new Uri(siteUrl), folder == "." ? "" : folder + "/");
        return new Uri(baseUri, url).AbsoluteUri;
    }
}
