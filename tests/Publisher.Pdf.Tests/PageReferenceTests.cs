using System.Globalization;
using UglyToad.PdfPig.Actions;

namespace Publisher.Pdf.Tests;

/// <summary>With <c>references.page: true</c> a reference in the PDF adds the page of what it names, the label printed there.</summary>
public class PageReferenceTests
{
    private static readonly Lazy<byte[]> Pdf = new(() =>
    {
        var root = TestBooks.Write("title: Pages\nlanguage: en\ntemplate: paged\n",
            ("01.md", $"# One\n\nQuokka @eq:e and @sec:later here.\n\n{TestBooks.Filler(700)}\n\n$$\nE = mc^2\n$$ {{#eq:e}}\n\n" +
                      $"{TestBooks.Filler(700)}\n\n## Later on {{#sec:later}}\n\nWombat back to @eq:e.\n"));
        Directory.CreateDirectory(Path.Combine(root, "templates", "paged"));
        File.WriteAllText(Path.Combine(root, "templates", "paged", "template.yml"),
            "extends: booklet\ntoc:\n  enabled: true\nreferences:\n  page: true\n");
        return TestBooks.Build(root, "sample").Pdf;
    });


    [Fact]
    public void A_reference_names_the_label_of_the_page_its_target_stands_on_and_links_there()
    {
        using var document = TestBooks.Open(Pdf.Value);
        var equation = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "(1)") && p.Letters.Any(l => l.Value == "𝑚"));
        var later = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "Wombat"));
        Assert.NotEqual(equation.Number, later.Number);
        var from = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "Quokka"));
        var text = string.Join(' ', from.GetWords().Select(w => w.Text));
        Assert.Contains($"Quokka Equation (1) on page {document.PageLabel(equation.Number)} and Later on on page {document.PageLabel(later.Number)} here.", text);
        Assert.Contains(from.GetAnnotations(), a => a.Action is GoToAction go && go.Destination.PageNumber == equation.Number);
        // The page after a reference on the same page as its target is that page's own.
        var back = string.Join(' ', later.GetWords().Select(w => w.Text));
        Assert.Contains($"Wombat back to Equation (1) on page {document.PageLabel(equation.Number)}.", back);
    }
}
