using UglyToad.PdfPig;

namespace Publisher.EndToEnd.Tests;

/// <summary>Each shipped template builds a book in its own page size and faces, in both formats.</summary>
public sealed class ShippedTemplatesTests
{
    [Theory]
    [InlineData("booklet", 419.5, 595.3)]   // A5
    [InlineData("book", 432, 648)]          // 6 x 9 in
    [InlineData("report", 595.3, 841.9)]    // A4
    public void A_book_choosing_the_template_gets_its_page_size(string template, double width, double height)
    {
        using var project = BookWith(template);
        var result = project.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(width, page.Width, 0);
            Assert.Equal(height, page.Height, 0);
        }
        Assert.Contains("sample.epub", result.Out);
    }

    [Fact]
    public void The_report_sets_headings_in_a_sans_serif_and_text_in_a_serif()
    {
        using var project = BookWith("report");
        Assert.Equal(0, project.Run("build").ExitCode);

        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        // "# First steps": the heading, not its line in the contents, is the largest "First".
        var heading = words.Where(w => w.Text == "First").MaxBy(w => w.BoundingBox.Height)!;
        Assert.Contains("NotoSans-Bold", heading.Letters[0].FontName);
        Assert.Contains(words, w => w.Letters[0].FontName?.Contains("NotoSerif-Regular", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_book_opens_every_chapter_on_a_right_hand_page()
    {
        using var project = BookWith("book");
        Assert.Equal(0, project.Run("build").ExitCode);

        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        var openers = pdf.GetPages()
            .Where(p => p.GetWords().Any(w => w.Text is "First" or "More") && p.GetWords().First().Text is "First" or "More")
            .Select(p => p.Number)
            .ToList();
        Assert.Equal(2, openers.Count);   // "First steps" and "More"
        Assert.All(openers, n => Assert.Equal(1, n % 2));
    }

    private static TempProject BookWith(string template)
    {
        var project = TempProject.From("content-only");
        var yml = project.PathOf("content/sample/book.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("template: booklet", $"template: {template}"));
        return project;
    }
}

/// <summary><c>build --template NAME</c> dresses every book in another template than its book.yml names.</summary>
public sealed class TemplateOptionTests
{
    [Fact]
    public void Template_option_wins_over_book_yml_and_is_not_taken_for_up_to_date()
    {
        using var project = TempProject.From("content-only");
        Assert.Equal(0, project.Run("build", "--format", "pdf").ExitCode);   // the booklet: A5

        var result = project.Run("build", "--format", "pdf", "--template", "report");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("up to date", result.Out);
        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        Assert.Equal(595.3, pdf.GetPage(1).Width, 0);   // A4
    }

    [Fact]
    public void An_unknown_template_option_is_a_usage_error_naming_the_nearest()
    {
        using var project = TempProject.From("content-only");
        var result = project.Run("build", "--template", "reprot");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--template: unknown template 'reprot' (did you mean 'report'?)", result.Err);
        Assert.Empty(project.Files("out"));
    }
}
