using System.Text.RegularExpressions;
using Publisher.Core.Highlighting;
using Publisher.Core.Templates.Keys;

namespace Publisher.Core.Tests;

/// <summary>
/// docs/template-keys.md is the page <see cref="TemplateKeyReference"/> writes from the key declarations
/// the reader uses, so the documentation and the code cannot drift apart.
/// </summary>
public sealed partial class TemplateKeyReferenceTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void The_reference_page_in_docs_is_the_one_the_key_declarations_make()
    {
        var path = Path.Combine(Root, TemplateKeyReference.DocsPath);
        var expected = TemplateKeyReference.Markdown();
        if (Environment.GetEnvironmentVariable("PUBLISHER_WRITE_DOCS") == "1") File.WriteAllText(path, expected);
        var actual = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(expected == actual,
            $"{TemplateKeyReference.DocsPath} differs from the keys in src/Publisher.Core/Templates/Keys; " +
            $"write it again with: {TemplateKeyReference.RegenerateCommand}");
    }

    [Fact]
    public void The_page_names_the_paper_sizes_the_reader_knows_and_a_section_per_mapping()
    {
        var page = TemplateKeyReference.Markdown();
        Assert.Contains("| `size` | a paper size: `A4`, `A5`, `A6`, `B5`, `Letter`", page);
        foreach (var heading in new[] { "`page.margins`", "`body.hyphenation`", "block style", "text style", "`toc`" })
            Assert.Contains($"\n## {heading}\n", page);
    }

    [Fact]
    public void Every_link_on_the_page_lands_on_a_heading()
    {
        var page = TemplateKeyReference.Markdown();
        var anchors = Headings(page).ToHashSet();
        var templatesAnchors = Headings(File.ReadAllText(Path.Combine(Root, "docs/templates.md"))).ToHashSet();
        foreach (Match link in Link().Matches(page))
        {
            var (file, anchor) = (link.Groups[1].Value, link.Groups[2].Value);
            if (file == "") Assert.Contains(anchor, anchors);
            else if (file == "templates.md") Assert.True(anchor == "" || templatesAnchors.Contains(anchor), $"templates.md#{anchor}");
            else Assert.Fail($"a link to {file}");
        }
    }

    [Fact]
    public void Every_link_from_templates_md_to_the_reference_lands_on_a_heading()
    {
        var anchors = Headings(TemplateKeyReference.Markdown()).ToHashSet();
        var links = Link().Matches(File.ReadAllText(Path.Combine(Root, "docs/templates.md")))
            .Where(link => link.Groups[1].Value == "template-keys.md").ToList();
        Assert.NotEmpty(links);
        foreach (var link in links) Assert.Contains(link.Groups[2].Value, anchors);
    }

    [Fact]
    public void Every_kind_of_token_a_highlighter_gives_is_a_key_of_code_highlight()
    {
        Assert.Equal(TokenKinds.ByName.Keys.Order(), ElementKeys.Highlight.Names.Order());
    }

    [Fact]
    public void A_heading_anchor_is_the_one_GitHub_gives_it()
    {
        Assert.Equal("pagemargins", TemplateKeyReference.Anchor("`page.margins`"));
        Assert.Equal("header-footer", TemplateKeyReference.Anchor("`header`, `footer`"));
        Assert.Equal("codehighlightkind-as-a-mapping", TemplateKeyReference.Anchor("`code.highlight.<kind>` as a mapping"));
    }

    private static IEnumerable<string> Headings(string markdown) =>
        markdown.Split('\n').Where(line => line.StartsWith('#')).Select(line => TemplateKeyReference.Anchor(line.TrimStart('#').Trim()));

    [GeneratedRegex(@"\]\(([^)#]*)#([^)]*)\)")]
    private static partial Regex Link();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Publisher.sln above {AppContext.BaseDirectory}");
    }
}
