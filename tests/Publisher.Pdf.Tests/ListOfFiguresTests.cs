using System.Globalization;
using Publisher.Typesetting.Building;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>The lists of figures and tables the template asks for: each entry's page number is the label of the page it leads to.</summary>
public class ListOfFiguresTests
{
    private static readonly Lazy<byte[]> Pdf = new(() =>
    {
        var root = TestBooks.Write("title: Lists\nlanguage: en\ntemplate: lists\n",
            ("01.md", $"# One\n\n{TestBooks.Filler(400)}\n\n![The harbour at dusk](h.png){{#fig:harbour}}\n\n{TestBooks.Filler(300)}\n\n" +
                      "| Item | Price |\n|---|---:|\n| Tea | 3 |\n\nTable: Prices of tea {#tbl:prices}\n"),
            ("02.md", $"# Two\n\n{TestBooks.Filler(200)}\n\n![The quay in rain](q.png){{#fig:quay}}\n\n![Not numbered](q.png)\n"));
        Directory.CreateDirectory(Path.Combine(root, "templates", "lists"));
        File.WriteAllText(Path.Combine(root, "templates", "lists", "template.yml"),
            "extends: booklet\ntoc:\n  enabled: true\n  list-of-figures: true\n  list-of-tables: Tables\n");
        File.WriteAllBytes(Path.Combine(root, "content", "sample", "h.png"), TestImages.Png(400, 300));
        File.WriteAllBytes(Path.Combine(root, "content", "sample", "q.png"), TestImages.Png(400, 300));
        return TestBooks.Build(root, "sample").Pdf;
    });


    private static string Text(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    [Theory]
    [InlineData("List of Figures", new[] { "Figure 1: The harbour at dusk", "Figure 2: The quay in rain" }, new[] { "dusk", "rain" })]
    [InlineData("Tables", new[] { "Table 1: Prices of tea" }, new[] { "tea" })]
    public void Each_entry_gives_the_page_label_of_what_it_names_and_links_there(string title, string[] entries, string[] lastWords)
    {
        using var document = TestBooks.Open(Pdf.Value);
        var list = document.GetPages().Single(p => p.GetWords().FirstOrDefault()?.Text == title.Split(' ')[0] && Text(p).StartsWith(title, StringComparison.Ordinal));
        var links = list.GetAnnotations().Where(a => a.Action is GoToAction).ToList();
        Assert.Equal(entries.Length, links.Count);
        for (var i = 0; i < entries.Length; i++)
        {
            // The caption's page: the last page (not the list's) where its last word stands.
            var target = document.GetPages().Last(p => p.Number != list.Number && p.GetWords().Any(w => w.Text == lastWords[i]));
            Assert.Contains($"{entries[i]} {document.PageLabel(target.Number)}", Text(list).Replace(" .", "").Replace(".", ""));
            Assert.Contains(links, l => ((GoToAction)l.Action!).Destination.PageNumber == target.Number);
        }
    }
}
