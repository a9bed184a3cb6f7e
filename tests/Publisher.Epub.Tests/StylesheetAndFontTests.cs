namespace Publisher.Epub.Tests;

public class StylesheetAndFontTests
{
    private static string Css(EpubFile epub) =>
        epub.Text(EpubFile.Resolve(epub.PackagePath, epub.ManifestItems.Single(i => i.MediaType == "text/css").Href));

    [Fact]
    public void StylesheetCarriesTheTemplatesBodyAndHeadingValues()
    {
        // templates/booklet/template.yml: body 10pt on 14.5pt, #1b1b1b, justified, indent 1.2em; h1 18pt.
        var css = Css(Built.Khojaly);
        var body = Rule(css, "body");
        Assert.Contains("font-size: 10pt;", body);
        Assert.Contains("line-height: 1.45;", body);
        Assert.Contains("color: #1b1b1b;", body);
        Assert.Contains("text-align: justify;", body);
        Assert.Contains("text-indent: 1.2em;", Rule(css, "p + p"));
        Assert.Contains("font-size: 18pt;", Rule(css, "h1"));
        Assert.Contains("font-weight: bold;", Rule(css, "h1"));
        Assert.Contains("font-style: italic;", Rule(css, "h5"));
    }

    [Fact]
    public void OnlyTheFacesTheTextUsesAreEmbedded()
    {
        // Khojaly has no emphasis: regular for the text, bold for the title page. The sample
        // has emphasis, strong and strong emphasis (all four serif faces) and code (the mono face).
        Assert.Equal(["NotoSerif-Bold.ttf", "NotoSerif-Regular.ttf"], FontFiles(Built.Khojaly));
        Assert.Equal(["NotoSansMono-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-BoldItalic.ttf", "NotoSerif-Italic.ttf", "NotoSerif-Regular.ttf"],
            FontFiles(Built.Sample));
        Assert.All(Built.Sample.ManifestItems.Where(i => i.Href.EndsWith(".ttf")), i => Assert.Equal("font/ttf", i.MediaType));
    }

    [Fact]
    public void EveryEmbeddedFontHasAnAtFontFaceRule()
    {
        var epub = Built.Sample;
        var css = Css(epub);
        foreach (var font in epub.ManifestItems.Where(i => i.MediaType == "font/ttf"))
            Assert.Contains($"src: url(\"{font.Href}\");", css);
    }

    [Fact]
    public void EmbeddedFontsAreSubsetsMuchSmallerThanTheOriginals()
    {
        var epub = Built.Khojaly;
        var regular = epub.Entries.Single(e => e.Key.EndsWith("/NotoSerif-Regular.ttf")).Value;
        var original = new FileInfo(Path.Combine(TestBooks.RepoRoot, "templates", "fonts", "NotoSerif-Regular.ttf")).Length;
        Assert.True(regular.Length < original / 4, $"embedded {regular.Length} bytes of a {original}-byte font");
        Assert.True(regular.Length > 1000, "the subset lost the text's glyphs");
    }

    private static List<string> FontFiles(EpubFile epub) => epub.ManifestItems
        .Where(i => i.MediaType == "font/ttf").Select(i => Path.GetFileName(i.Href)).Order(StringComparer.Ordinal).ToList();

    private static string Rule(string css, string selector)
    {
        var start = css.IndexOf("\n" + selector + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no rule for {selector}");
        return css[start..css.IndexOf('}', start)];
    }
}
