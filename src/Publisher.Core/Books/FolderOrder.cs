using Publisher.Core.Yaml;

namespace Publisher.Core.Books;

/// <summary>
/// The pages of a documentation folder in reading order, as its site generator would list them: a folder's index page
/// (<see cref="SiteLinks.IndexPages"/>) first, then its pages and subfolders by their order key (Docusaurus's
/// <c>sidebar_position</c>, Jekyll's <c>nav_order</c>, Hugo's <c>weight</c>, VitePress's and others' <c>order</c>,
/// read from front matter; a subfolder's from its index page, or else its first page), then by name. A subfolder with an index page is a
/// part: the index at the folder's depth, its pages one deeper. Hidden folders and files, and those whose names
/// start with <c>_</c> (drafts, partials, <c>_includes</c>), are not pages; an <c>_index.md</c> is.
/// </summary>
public static class FolderOrder
{
    /// <summary>The front-matter keys that order pages, as each generator names them.</summary>
    public static readonly IReadOnlyList<string> OrderKeys = ["sidebar_position", "nav_order", "weight", "order"];

    public static List<(string File, int Depth)> Of(string root)
    {
        var pages = new List<(string, int)>();
        Walk(root, 0, top: true, pages);
        return pages;
    }

    private static void Walk(string folder, int depth, bool top, List<(string, int)> pages)
    {
        var index = SiteLinks.IndexPages.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
        var entries = Directory.EnumerateFiles(folder, "*.md")
            .Where(f => f != index && IsPage(Path.GetFileName(f)))
            .Select(f => (Path: f, Folder: false, Order: Order(f)))
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(d => IsPage(Path.GetFileName(d)) && Path.GetFileName(d) != "node_modules")
                .Select(d => (Path: d, Folder: true, Order: FolderOrderKey(d))))
            .OrderBy(e => e.Order ?? double.MaxValue)
            .ThenBy(e => Path.GetFileName(e.Path), StringComparer.Ordinal)
            .ToList();
        // A folder's index opens its part; the top folder's pages are the book's chapters, side by side with it.
        var inner = index is not null && !top ? depth + 1 : depth;
        if (index is not null) pages.Add((index, depth));
        foreach (var entry in entries)
        {
            if (entry.Folder) Walk(entry.Path, inner, top: false, pages);
            else pages.Add((entry.Path, inner));
        }
    }

    /// <summary>A folder's place: its index page's order key, else the first of its pages' (a folder with no index is listed where its first page would be).</summary>
    private static double? FolderOrderKey(string folder)
    {
        if (SiteLinks.IndexPages.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists) is { } index) return Order(index);
        return Directory.EnumerateFiles(folder, "*.md").Where(f => IsPage(Path.GetFileName(f))).Select(Order).Min();
    }

    private static bool IsPage(string name) => !name.StartsWith('.') && (!name.StartsWith('_') || name == "_index.md");

    /// <summary>The page's order key, when its front matter gives a number for one.</summary>
    private static double? Order(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            if (reader.ReadLine()?.TrimEnd() != "---") return null;
            var yaml = new System.Text.StringBuilder("\n");
            for (var (line, n) = (reader.ReadLine(), 0); line is not null && line.TrimEnd() != "---" && n < 200; line = reader.ReadLine(), n++)
                yaml.AppendLine(line);
            var map = YamlMap.Parse(yaml.ToString(), file);
            foreach (var key in OrderKeys)
                if (map.Scalar(key) is { } value && double.TryParse(value.Value, System.Globalization.NumberStyles.Float,
                        System.Globalization.CultureInfo.InvariantCulture, out var order))
                    return order;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Diagnostics.BuildFailedException)
        {
            // The page is read again as a chapter, where whatever is wrong with it is reported at its place.
        }
        return null;
    }
}
