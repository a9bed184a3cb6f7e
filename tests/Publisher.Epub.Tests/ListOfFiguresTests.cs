using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>The lists of figures and tables the template asks for are lof and lot navigation in the EPUB.</summary>
public class ListOfFiguresTests
{
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private static readonly Lazy<EpubFile> Built = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("publisher-epub-lists-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        };
        var book = Path.Combine(root, "content", "lists");
        Directory.CreateDirectory(book);
        Directory.CreateDirectory(Path.Combine(root, "templates", "lists"));
        File.WriteAllText(Path.Combine(root, "templates", "lists", "template.yml"),
            "extends: booklet\ntoc:\n  list-of-figures: Figures\n  list-of-tables: true\n");
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: Lists\nlanguage: en\ntemplate: lists\n");
        File.WriteAllText(Path.Combine(book, "01.md"), "# One\n\n![The harbour](chart.png){#fig:harbour}\n\n| A |\n|---|\n| 1 |\n\nTable: Numbers {#tbl:numbers}\n");
        File.WriteAllText(Path.Combine(book, "02.md"), "# Two\n\n![The quay](chart.png \"Quay\"){#fig:quay}\n");
        File.Copy(Path.Combine(TestBooks.RepoRoot, "tests", "Publisher.Epub.Tests", "Fixtures", "pictures", "figures", "chart.png"),
            Path.Combine(book, "chart.png"));
        return new EpubFile(TestBooks.Build(new Project(root).LoadBook("lists", TestBooks.Epoch)));
    });

    private static string NavPath => Built.Value.NavigationPath;

    [Theory]
    [InlineData("lof", "Figures", new[] { "Figure 1: The harbour", "Figure 2: Quay" }, new[] { "figure", "figure" })]
    [InlineData("lot", "List of Tables", new[] { "Table 1: Numbers" }, new[] { "table" })]
    public void A_list_is_a_navigation_of_its_type_whose_links_lead_to_what_they_name(string type, string title, string[] entries, string[] elements)
    {
        var epub = Built.Value;
        var nav = epub.Xml(NavPath).Descendants(EpubFile.Xhtml + "nav").Single(n => (string?)n.Attribute(Ops + "type") == type);
        Assert.Equal(title, nav.Elements().First().Value);
        var links = nav.Descendants(EpubFile.Xhtml + "a").ToList();
        Assert.Equal(entries, links.Select(a => a.Value));
        for (var i = 0; i < links.Count; i++)
        {
            var href = (string)links[i].Attribute("href")!;
            var hash = href.IndexOf('#');
            var target = epub.Xml(EpubFile.Resolve(NavPath, href[..hash])).Descendants().Single(e => (string?)e.Attribute("id") == href[(hash + 1)..]);
            Assert.Equal(elements[i], target.Name.LocalName);
        }
    }

    [EpubcheckFact]
    public void The_book_passes_epubcheck()
    {
        var result = Epubcheck.Check(Built.Value.Bytes, "lists");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }
}
