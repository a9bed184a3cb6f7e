using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>
/// The pictures fixture: a chapter in a folder of its own showing a PNG (twice), a JPEG and
/// an SVG from a sibling folder, as figures and inside a line.
/// </summary>
public class ImageTests
{
    private static readonly Lazy<(Book Book, EpubFile Epub)> Built = new(() =>
    {
        var book = new Project(PicturesProject()).LoadBook("pictures", TestBooks.Epoch);
        return (book, new EpubFile(TestBooks.Build(book)));
    });

    private static EpubFile Epub => Built.Value.Epub;
    private static string Figures => Path.Combine(TestBooks.RepoRoot, "tests", "Publisher.Epub.Tests", "Fixtures", "pictures", "figures");
    private static string ChapterPath => Epub.Spine.Single(p => p.EndsWith("01-pictures.xhtml", StringComparison.Ordinal));
    private static XDocument Chapter => Epub.Xml(ChapterPath);

    [Fact]
    public void Each_image_file_is_in_the_zip_once_unchanged_with_a_manifest_item_of_its_type()
    {
        var images = Epub.ManifestItems.Where(i => i.MediaType.StartsWith("image/", StringComparison.Ordinal))
            .Select(i => (i.Href, i.MediaType)).ToList();

        Assert.Equal([("images/chart.png", "image/png"), ("images/photo.jpg", "image/jpeg"), ("images/drawing.svg", "image/svg+xml")],
            images);
        foreach (var name in new[] { "chart.png", "photo.jpg", "drawing.svg" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(Figures, name)), Epub.Entries[EpubFile.Resolve(Epub.PackagePath, "images/" + name)]);
    }

    [Fact]
    public void A_figure_has_its_image_with_alt_text_and_its_caption_below()
    {
        var figures = Chapter.Descendants(EpubFile.Xhtml + "figure").ToList();
        Assert.Equal(3, figures.Count);

        // Caption from the alternative text, emphasis kept; alt is its plain text.
        AssertFigure(figures[0], "images/chart.png", "Figure 1. A two-colour chart.", "Figure 1. A two-colour chart.");
        Assert.Single(figures[0].Element(EpubFile.Xhtml + "figcaption")!.Elements(EpubFile.Xhtml + "em"));
        // With a title, the title is the caption and the alternative text describes the picture.
        AssertFigure(figures[1], "images/photo.jpg", "A photograph in two colours", "Figure 2. The photograph.");
        AssertFigure(figures[2], "images/drawing.svg", "Figure 3. A drawing.", "Figure 3. A drawing.");
    }

    [Fact]
    public void An_image_inside_a_line_stays_in_its_paragraph_with_its_alt_text()
    {
        var paragraph = Chapter.Descendants(EpubFile.Xhtml + "p").Single(p => p.Value.Contains("in a line of text", StringComparison.Ordinal));
        var image = Assert.Single(paragraph.Elements(EpubFile.Xhtml + "img"));
        Assert.Equal("icon", (string?)image.Attribute("alt"));
        Assert.Equal(EpubFile.Resolve(Epub.PackagePath, "images/chart.png"), EpubFile.Resolve(ChapterPath, (string)image.Attribute("src")!));
    }

    [Fact]
    public void The_stylesheet_sets_figures_and_captions_from_the_template()
    {
        var figures = Built.Value.Book.Template.Figures;
        var css = Epub.Text(EpubFile.Resolve(Epub.PackagePath, "style.css"));
        var caption = css[css.IndexOf("figcaption {", StringComparison.Ordinal)..];
        caption = caption[..caption.IndexOf('}')];

        Assert.Contains($"font-size: {figures.Caption.Text.Size}pt;", caption);
        Assert.Contains(figures.Caption.Text.Italic ? "font-style: italic;" : "font-style: normal;", caption);
        Assert.Contains($"figure {{\n  margin: {figures.SpaceBefore}pt 0 {figures.SpaceAfter}pt 0;", css);
    }

    [EpubcheckFact]
    public void The_book_with_images_passes_epubcheck_without_errors_or_warnings()
    {
        var result = Epubcheck.Check(Epub.Bytes, "pictures");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }

    private void AssertFigure(XElement figure, string href, string alt, string caption)
    {
        var image = Assert.Single(figure.Elements(EpubFile.Xhtml + "img"));
        Assert.Equal(EpubFile.Resolve(Epub.PackagePath, href), EpubFile.Resolve(ChapterPath, (string)image.Attribute("src")!));
        Assert.Equal(alt, (string?)image.Attribute("alt"));
        var figcaption = Assert.Single(figure.Elements(EpubFile.Xhtml + "figcaption"));
        Assert.Equal(caption, EpubFile.CollapseSpace(figcaption.Value));
        Assert.True(figure.Elements().First() == image, "the caption must come after the image");
    }

    /// <summary>The fixture and the repository's templates in a project folder of their own.</summary>
    internal static string PicturesProject()
    {
        var root = Directory.CreateTempSubdirectory("publisher-epub-pictures-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        };
        Copy(Path.Combine(TestBooks.RepoRoot, "tests", "Publisher.Epub.Tests", "Fixtures", "pictures"), Path.Combine(root, "content", "pictures"));
        Copy(Path.Combine(TestBooks.RepoRoot, "templates"), Path.Combine(root, "templates"));
        return root;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
