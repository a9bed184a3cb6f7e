using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>The schema.org accessibility metadata of the package document (EPUB Accessibility 1.1).</summary>
public class AccessibilityMetadataTests
{
    [Fact]
    public void TextOnlyBookIsTextualWithNavigationFeaturesAndNoHazards()
    {
        var epub = Built.Khojaly;
        Assert.Equal(["textual"], epub.MetaValues("schema:accessMode"));
        Assert.Equal(["textual"], epub.MetaValues("schema:accessModeSufficient"));
        Assert.Equal(["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"],
            epub.MetaValues("schema:accessibilityFeature"));
        Assert.Equal(["none"], epub.MetaValues("schema:accessibilityHazard"));
        Assert.NotEmpty(Assert.Single(epub.MetaValues("schema:accessibilitySummary")));
    }

    [Fact]
    public void BookWithACoverIsAlsoVisualAndHasAlternativeText()
    {
        var epub = Built.Sample;
        Assert.Equal(["textual", "visual"], epub.MetaValues("schema:accessMode"));
        Assert.Equal(["textual"], epub.MetaValues("schema:accessModeSufficient"));
        Assert.Contains("alternativeText", epub.MetaValues("schema:accessibilityFeature"));
    }

    [Fact]
    public void BookWhoseImagesAllHaveAltTextClaimsAlternativeText()
    {
        var epub = Build(ImageTests.PicturesProject());
        Assert.Equal(["textual", "visual"], epub.MetaValues("schema:accessMode"));
        Assert.Equal(["structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "displayTransformability"],
            epub.MetaValues("schema:accessibilityFeature"));
    }

    [Fact]
    public void BookWithAnImageWithoutAltTextDoesNotClaimAlternativeText()
    {
        var project = ImageTests.PicturesProject();
        File.AppendAllText(Path.Combine(project, "content", "pictures", "chapters", "01-pictures.md"),
            "\nAn unnamed picture: ![](../figures/chart.png)\n");
        var epub = Build(project);
        Assert.Contains("visual", epub.MetaValues("schema:accessMode"));
        Assert.DoesNotContain("alternativeText", epub.MetaValues("schema:accessibilityFeature"));
    }

    [EpubcheckFact]
    public void BookWithAnImageWithoutAltTextPassesEpubcheck()
    {
        var project = ImageTests.PicturesProject();
        File.AppendAllText(Path.Combine(project, "content", "pictures", "chapters", "01-pictures.md"),
            "\nAn unnamed picture: ![](../figures/chart.png)\n");
        var result = Epubcheck.Check(Build(project).Bytes, "pictures-no-alt");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }

    private static EpubFile Build(string project) =>
        new(TestBooks.Build(new Project(project).LoadBook("pictures", TestBooks.Epoch)));
}
