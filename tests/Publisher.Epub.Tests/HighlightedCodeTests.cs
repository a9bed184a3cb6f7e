using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>Highlighted code in the EPUB: token spans with classes, CSS from the template's colours.</summary>
public sealed class HighlightedCodeTests : IDisposable
{
    private const string CSharp = "// greets\npublic class Greeter\n{\n    string Name = \"Ada & <Bob>\";\n}";
    private const string Xml = "<!-- package -->\n<title lang=\"en\">Tom &amp; Jerry</title>";
    private const string Unknown = "public class // \"x\"";

    private static readonly string Chapter =
        $"# Code\n\nText.\n\n```cs\n{CSharp}\n```\n\n```xml\n{Xml}\n```\n\n```brainfuck\n{Unknown}\n```\n\n    indented <code>\n";

    private readonly string _root = Directory.CreateTempSubdirectory("publisher-epub-code-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    /// <summary>A one-chapter book with the shipped templates, <paramref name="template"/> changing template.yml.</summary>
    private EpubFile Build(Func<string, string>? template = null)
    {
        var book = Path.Combine(_root, "content", "code");
        Directory.CreateDirectory(book);
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: Code\nlanguage: en\n");
        File.WriteAllText(Path.Combine(book, "code.md"), Chapter);
        Copy(Path.Combine(TestBooks.RepoRoot, "templates"), Path.Combine(_root, "templates"));
        var yml = Path.Combine(_root, "templates", "booklet", "template.yml");
        if (template is not null) File.WriteAllText(yml, template(File.ReadAllText(yml)));
        return new EpubFile(TestBooks.Build(new Project(_root).LoadBook("code", TestBooks.Epoch)));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), true);
        foreach (var dir in Directory.EnumerateDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    private static List<XElement> CodeBlocks(EpubFile epub) =>
        // Kept as written: the spaces and newlines between spans are part of the code.
        XDocument.Parse(epub.Text(epub.Spine.Single(s => s.Contains("code"))), LoadOptions.PreserveWhitespace)
            .Descendants(EpubFile.Xhtml + "pre")
            .Select(p => p.Element(EpubFile.Xhtml + "code")!).ToList();

    private static string Css(EpubFile epub) =>
        epub.Text(EpubFile.Resolve(epub.PackagePath, epub.ManifestItems.Single(i => i.MediaType == "text/css").Href));

    private static string? Token(XElement code, string text) => code.Elements(EpubFile.Xhtml + "span")
        .FirstOrDefault(s => s.Value == text)?.Attribute("class")?.Value;

    [Fact]
    public void Tokens_are_spans_with_their_kinds_class_and_the_code_reads_back_exactly()
    {
        var blocks = CodeBlocks(Build());
        Assert.Equal(4, blocks.Count);
        var cs = blocks[0];
        Assert.Equal("language-cs", cs.Attribute("class")?.Value);
        Assert.Equal("tok-comment", Token(cs, "// greets"));
        Assert.Equal("tok-keyword", Token(cs, "public"));
        Assert.Equal("tok-type", Token(cs, "Greeter"));
        Assert.Equal("tok-string", Token(cs, "\"Ada & <Bob>\""));
        Assert.Equal(CSharp + "\n", cs.Value);

        var xml = blocks[1];
        Assert.Equal("language-xml", xml.Attribute("class")?.Value);
        Assert.Equal("tok-comment", Token(xml, "<!-- package -->"));
        Assert.Equal("tok-tag", Token(xml, "title"));
        Assert.Equal("tok-attribute", Token(xml, "lang"));
        Assert.Equal(Xml + "\n", xml.Value);
    }

    [Fact]
    public void Code_in_no_known_language_has_no_spans()
    {
        var blocks = CodeBlocks(Build());
        Assert.Equal("language-brainfuck", blocks[2].Attribute("class")?.Value);
        Assert.Empty(blocks[2].Elements());
        Assert.Equal(Unknown + "\n", blocks[2].Value);
        Assert.Null(blocks[3].Attribute("class"));
        Assert.Empty(blocks[3].Elements());
        Assert.Equal("indented <code>\n", blocks[3].Value);
    }

    [Fact]
    public void The_stylesheet_colours_each_kind_as_the_template_does()
    {
        var epub = Build();
        var css = Css(epub);
        string[] kinds = ["keyword", "string", "comment", "number", "type", "function", "tag", "attribute", "punctuation"];
        var colours = File.ReadAllLines(Path.Combine(TestBooks.RepoRoot, "templates", "booklet", "template.yml"))
            .Select(l => l.Trim().Split(": ", 2)).Where(p => p.Length == 2 && kinds.Contains(p[0]))
            .ToDictionary(p => p[0], p => p[1].Trim('"'));
        Assert.Equal(kinds.Length, colours.Count);
        foreach (var (kind, colour) in colours)
            Assert.Contains($".tok-{kind} {{\n  color: {colour};\n}}", css);
        // The mono face is embedded for code blocks alone (this chapter has no inline code).
        Assert.Contains(epub.ManifestItems, i => i.Href.EndsWith("NotoSansMono-Regular.ttf"));
    }

    [Fact]
    public void A_bold_kind_is_bold_in_the_stylesheet_and_brings_the_bold_mono_face()
    {
        var epub = Build(yml => yml.Replace("    keyword: \"#1f4e8c\"", "    keyword: { color: \"#1f4e8c\", weight: bold }"));
        Assert.Contains(".tok-keyword {\n  color: #1f4e8c;\n  font-weight: bold;\n}", Css(epub));
        Assert.Contains(epub.ManifestItems, i => i.Href.EndsWith("NotoSansMono-Bold.ttf"));
    }

    [Fact]
    public void Without_highlight_colours_the_mono_bold_face_stays_out()
    {
        var epub = Build();
        Assert.DoesNotContain(epub.ManifestItems, i => i.Href.EndsWith("NotoSansMono-Bold.ttf"));
    }

    [EpubcheckFact]
    public void The_book_passes_epubcheck_without_errors_or_warnings()
    {
        var result = Epubcheck.Check(Build().Bytes, "code");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }
}
