using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>A labelled figure's caption carries its number, and a reference to it names that number and leads to its page.</summary>
public class CrossReferenceTests
{
    private static readonly Lazy<byte[]> Pdf = new(() =>
    {
        var root = TestBooks.Write("title: References\nlanguage: en\n",
            ("01.md", $"# One\n\nAs Quokka @fig:harbour shows, and Wombat @sec:later says.\n\n{TestBooks.Filler(500)}\n\n" +
                      "![The harbour at dusk](h.png){#fig:harbour}\n\n## Later on {#sec:later}\n\nNumbat @fig:quay follows.\n"),
            ("02.md", "# Two\n\n![The quay](q.png){#fig:quay}\n\nDingo @tbl:prices lists them.\n\n" +
                      "| Item | Price |\n|---|---:|\n| Tea | 3 |\n\nTable: Prices of the harbour café {#tbl:prices}\n\n" +
                      "Emu @lst:count counts.\n\n```python {#lst:count title=\"Counting wallabies\"}\nprint(len(wallabies))\n```\n"));
        File.WriteAllBytes(Path.Combine(root, "content", "sample", "h.png"), TestImages.Png(400, 300));
        File.WriteAllBytes(Path.Combine(root, "content", "sample", "q.png"), TestImages.Png(400, 300));
        return TestBooks.Build(root, "sample").Pdf;
    });

    private static Page PageWith(UglyToad.PdfPig.PdfDocument document, string word) =>
        document.GetPages().Single(p => p.GetWords().Any(w => w.Text == word));

    [Fact]
    public void The_caption_begins_with_the_figures_number()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var text = string.Join(' ', PageWith(document, "dusk").GetWords().Select(w => w.Text));
        Assert.Contains("Figure 1: The harbour at dusk", text);
        Assert.Contains("Figure 2: The quay", string.Join(' ', PageWith(document, "quay").GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void A_reference_names_the_number_and_links_to_the_figures_page()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var from = PageWith(document, "Quokka");
        var figure = PageWith(document, "dusk");
        Assert.NotEqual(from.Number, figure.Number);
        Assert.Contains("As Quokka Figure 1 shows, and Wombat Later on says.", string.Join(' ', from.GetWords().Select(w => w.Text)));
        var links = from.GetAnnotations().Where(a => a.Action is GoToAction).ToList();
        var toFigure = Assert.Single(links, l => ((GoToAction)l.Action!).Destination.PageNumber == figure.Number);
        // The link covers the words "Figure 1".
        var words = from.GetWords().SkipWhile(w => w.Text != "Quokka").Skip(1).Take(2).ToList();
        Assert.Equal(["Figure", "1"], words.Select(w => w.Text));
        Assert.True(toFigure.Rectangle.Left <= words[0].BoundingBox.Left + 0.5 && toFigure.Rectangle.Right >= words[1].BoundingBox.Right - 0.5);
    }

    [Fact]
    public void A_tables_caption_stands_above_it_with_its_number_and_a_reference_leads_there()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var page = PageWith(document, "café");
        var words = page.GetWords().ToList();
        Assert.Contains("Table 1: Prices of the harbour café", string.Join(' ', words.Select(w => w.Text)));
        // The caption paragraph is set with its table only, not again where it was written.
        Assert.Single(document.GetPages().SelectMany(p => p.GetWords()), w => w.Text == "café");
        var caption = words.First(w => w.Text == "café");
        var header = words.First(w => w.Text == "Item");
        Assert.True(caption.BoundingBox.Bottom > header.BoundingBox.Top, "the caption stands above the table");
        var from = PageWith(document, "Dingo");
        Assert.Contains("Dingo Table 1 lists them.", string.Join(' ', from.GetWords().Select(w => w.Text)));
        var dingo = from.GetWords().First(w => w.Text == "Dingo").BoundingBox;
        // The link on Dingo's line leads to the table's page.
        Assert.Contains(from.GetAnnotations(), a => a.Action is GoToAction go && go.Destination.PageNumber == page.Number
            && a.Rectangle.Bottom < dingo.Top && a.Rectangle.Top > dingo.Bottom);
    }

    [Fact]
    public void A_listings_caption_stands_above_its_code_and_a_reference_names_it()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var page = PageWith(document, "Emu");
        var words = page.GetWords().ToList();
        Assert.Contains("Emu Listing 1 counts. Listing 1: Counting wallabies print(len(wallabies))", string.Join(' ', words.Select(w => w.Text)));
        var caption = words.First(w => w.Text == "wallabies");
        var code = words.First(w => w.Text.StartsWith("print(", StringComparison.Ordinal));
        Assert.True(caption.BoundingBox.Bottom > code.BoundingBox.Top, "the caption stands above the code");
        Assert.Contains(page.GetAnnotations(), a => a.Action is GoToAction go && go.Destination.PageNumber == page.Number);
    }

    [Fact]
    public void A_reference_to_a_figure_in_another_chapter_leads_to_its_page()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var from = PageWith(document, "Numbat");
        var quay = PageWith(document, "quay");
        Assert.Contains("Numbat Figure 2 follows.", string.Join(' ', from.GetWords().Select(w => w.Text)));
        Assert.Contains(from.GetAnnotations(), a => a.Action is GoToAction go && go.Destination.PageNumber == quay.Number);
    }
}
