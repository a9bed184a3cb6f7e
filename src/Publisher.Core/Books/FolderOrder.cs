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

    /// <param name="display">How diagnostics show a path (relative to the project).</param>
    public static List<(string File, int Depth)> Of(string root, Func<string, string> display)
    {
        var pages = new List<(string, int)>();
        var walk = new Walker(Paths.RealPath.Of(root) ?? root, display, pages);
        walk.Folder(root, 0, top: true);
        return pages;
    }

    /// <summary>
    /// One walk of the folder. Nothing outside it is read, not even a page's order key: a subfolder that is a symbolic
    /// link out of it is an error at the link; one to a folder already walked (a loop) is not walked again.
    /// </summary>
    private sealed class Walker(string rootReal, Func<string, string> display, List<(string, int)> pages)
    {
        private readonly HashSet<string> _walked = new(StringComparer.Ordinal);

        public void Folder(string folder, int depth, bool top)
        {
            var real = Paths.RealPath.Of(folder);
            if (real is null || !(real == rootReal || Paths.RealPath.IsInside(real, rootReal)))
                throw Diagnostics.BuildFailedException.At(Diagnostics.SourceLocation.File(display(folder)), Diagnostics.DiagnosticCodes.PathOutsideBook,
                    $"'{Path.GetFileName(folder)}' leads outside the book's folder through a symbolic link (to {real ?? "a loop of links"}); " +
                    "sources may only use files inside it");
            if (!_walked.Add(real)) return;
            Walk(folder, depth, top);
        }

        private void Walk(string folder, int depth, bool top)
        {
            var index = SiteLinks.IndexPages.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
            var entries = Directory.EnumerateFiles(folder, "*.md")
                .Where(f => f != index && IsPage(Path.GetFileName(f)))
                .Select(f => (Path: f, Folder: false, Order: OrderOf(f)))
                .Concat(Directory.EnumerateDirectories(folder)
                    .Where(d => IsPage(Path.GetFileName(d)) && Path.GetFileName(d) != "node_modules")
                    .Select(d => (Path: d, Folder: true, Order: Inside(d) ? FolderOrderKey(d) : null)))
                .OrderBy(e => e.Order ?? double.MaxValue)
                .ThenBy(e => Path.GetFileName(e.Path), StringComparer.Ordinal)
                .ToList();
            // A folder's index opens its part; the top folder's pages are the book's chapters, side by side with it.
            var inner = index is not null && !top ? depth + 1 : depth;
            if (index is not null) pages.Add((index, depth));
            foreach (var entry in entries)
            {
                if (entry.Folder) Folder(entry.Path, inner, top: false);
                else pages.Add((entry.Path, inner));
            }
        }

        /// <summary>
        /// Whether the path really lies in the folder walked and, for a file, is a regular one: only such a page's order
        /// key is read (a page linked from outside, or a FIFO, is refused later, at itself, by BookPaths).
        /// </summary>
        private bool Inside(string path) => Paths.RealPath.Of(path) is { } real && Paths.RealPath.IsInside(real, rootReal)
            && (Directory.Exists(path) || Paths.FileKinds.Of(path) == Paths.FileKind.Regular);

        private double? OrderOf(string file) => Inside(file) ? Order(file) : null;

        /// <summary>A folder's place: its index page's order key, else the first of its pages' (a folder with no index is listed where its first page would be).</summary>
        private double? FolderOrderKey(string folder)
        {
            if (SiteLinks.IndexPages.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists) is { } index) return OrderOf(index);
            return Directory.EnumerateFiles(folder, "*.md").Where(f => IsPage(Path.GetFileName(f))).Select(OrderOf).Min();
        }
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
