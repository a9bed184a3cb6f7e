namespace Publisher.Epub.Tests;

/// <summary>The landmarks nav: where the cover, title page, table of contents and text start.</summary>
public class LandmarkTests
{
    [Fact]
    public void SampleHasCoverTitlePageTocAndBodymatterLandmarks()
    {
        var epub = Built.Sample;
        var landmarks = Landmarks(epub);
        Assert.Equal(["cover", "titlepage", "copyright-page", "toc", "bodymatter"], landmarks.Select(l => l.Type));
        Assert.Equal(["EPUB/cover.xhtml", "EPUB/title-page.xhtml", "EPUB/imprint.xhtml", "EPUB/nav.xhtml", "EPUB/text/01-getting-started.xhtml"],
            landmarks.Select(l => EpubFile.Resolve(epub.NavigationPath, l.Href)));
        Assert.All(landmarks, l => Assert.NotEmpty(l.Text));
    }

    [Fact]
    public void KhojalyWithoutACoverHasNoCoverLandmark()
    {
        var types = Landmarks(Built.Khojaly).Select(l => l.Type).ToList();
        Assert.DoesNotContain("cover", types);
        Assert.Contains("toc", types);
        Assert.Contains("bodymatter", types);
        Assert.Equal(TestBooks.Khojaly().Template.TitlePage.Enabled, types.Contains("titlepage"));
    }

    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void EveryLandmarkPointsAtASpineItemAndAnExistingId(string book)
    {
        var epub = Built.Get(book);
        var spine = epub.Package.Descendants(EpubFile.Opf + "itemref")
            .Select(r => epub.ManifestItems.Single(i => i.Id == r.Attribute("idref")!.Value).Href)
            .Select(href => EpubFile.Resolve(epub.PackagePath, href)).ToList();
        foreach (var (_, href, _) in Landmarks(epub))
        {
            var target = EpubFile.Resolve(epub.NavigationPath, href);
            Assert.Contains(target, spine);
            if (href.Split('#') is [_, var fragment])
                Assert.Contains(fragment, epub.Xml(target).Descendants().Select(e => (string?)e.Attribute("id")));
        }
        // The toc landmark points at the toc nav itself.
        Assert.Contains(Landmarks(epub), l => l.Type == "toc" && l.Href == "nav.xhtml#toc");
    }

    [Fact]
    public void NavigationDocumentIsInTheSpineOutsideTheReadingOrder()
    {
        var epub = Built.Sample;
        var nav = epub.ManifestItems.Single(i => i.Properties == "nav");
        var itemref = epub.Package.Descendants(EpubFile.Opf + "itemref").Single(r => r.Attribute("idref")!.Value == nav.Id);
        Assert.Equal("no", itemref.Attribute("linear")?.Value);
        Assert.DoesNotContain(epub.NavigationPath, epub.Spine);
    }

    private static List<(string Type, string Href, string Text)> Landmarks(EpubFile epub) =>
        epub.Landmarks.Descendants(EpubFile.Xhtml + "a")
            .Select(a => (a.Attribute(EpubFile.Ops + "type")!.Value, a.Attribute("href")!.Value, a.Value)).ToList();
}
