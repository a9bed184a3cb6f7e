using System.Text;

namespace Publisher.EndToEnd.Tests.Fuzz;

/// <summary>
/// One fuzz case: the files of a one-book project, made from a seed alone (the same seed gives the
/// same files). Each case leans on one kind of input (the chapters, book.yml, the template or the
/// drawings) and keeps the others plain, so that the build gets as far as that input.
/// </summary>
internal sealed class FuzzProject
{
    public const string Book = "f";

    private static readonly string[] Focuses = ["markdown", "markdown", "markdown", "markdown", "book.yml", "template", "template", "svg", "svg"];

    private static readonly string PlainDrawing =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"><rect width=\"40\" height=\"30\" fill=\"#1f4e8c\"/></svg>\n";

    private FuzzProject(int seed, string focus, Dictionary<string, byte[]> files)
    {
        Seed = seed;
        Focus = focus;
        Files = files;
    }

    public int Seed { get; }

    /// <summary>The kind of input this case is about: markdown, book.yml, template or svg.</summary>
    public string Focus { get; }

    /// <summary>Each file by its path relative to the project root.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public static FuzzProject From(int seed)
    {
        var text = new FuzzText(new Random(seed));
        var focus = text.Pick(Focuses);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var dir = $"content/{Book}/";

        var images = Enumerable.Range(1, text.Between(0, 3)).Select(i => $"images/drawing-{i}.svg").ToList();
        var svg = new SvgFuzz(text);
        foreach (var image in images) Add(files, dir + image, focus == "svg" ? svg.Drawing() : PlainDrawing);

        var chapters = Enumerable.Range(1, text.Between(1, 3))
            .Select(i => $"0{i}-{text.Pick(["intro", "two", "ünï", "with space", "a.b"])}.md").Distinct().ToList();
        var markdown = new MarkdownFuzz(text, images, chapters);
        foreach (var chapter in chapters)
            Add(files, dir + chapter, focus == "markdown" || text.Chance(0.1)
                ? markdown.Chapter()
                : $"# {text.Sentence(3)}\n\n{text.Sentence(30)}\n\n![A drawing]({(images.Count > 0 ? images[0] : "missing.svg")})\n");

        string? template = null;
        if (focus == "template")
        {
            template = "fuzz";
            Add(files, "templates/fuzz/template.yml", YamlFuzz.TemplateYml(text));
            files["templates/fuzz/fonts/bad.ttf"] = Encoding.ASCII.GetBytes("\0\u0001\0\0not a font at all");
            // A real font cut short: a valid header and tables that run past the end of the file.
            var font = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "templates", "fonts", "NotoSerif-Regular.ttf"));
            files["templates/fuzz/fonts/short.ttf"] = font[..text.Between(12, 4_000)];
        }
        else if (text.Chance(0.1))
        {
            template = text.Pick(["booklet", "book", "report"]);
        }
        // Mostly a drawing as the cover: painting a typographic one for the EPUB takes longer than the rest of
        // a small book's build, and the cases are about other inputs.
        var cover = images.Count > 0 && text.Chance(0.8) ? $"cover: {images[0]}\n" : "";
        var bookYml = focus == "book.yml"
            ? YamlFuzz.BookYml(text, template, chapters, images)
            : $"title: Fuzz {seed}\nlanguage: en\n{cover}{(template is null ? "" : $"template: {template}\n")}";
        Add(files, dir + "book.yml", bookYml);
        return new FuzzProject(seed, focus, files);
    }

    public void WriteTo(string root)
    {
        foreach (var (path, bytes) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    /// <summary>Text as a careless editor would save it: UTF-8, an odd character written as its replacement if it cannot be.</summary>
    private static void Add(Dictionary<string, byte[]> files, string path, string text) => files[path] = Encoding.UTF8.GetBytes(text);
}
