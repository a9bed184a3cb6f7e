namespace Publisher.Epub.Tests;

/// <summary>book.yml's cover: the cover image and a cover page opening the book.</summary>
public class CoverPageTests
{
    [Fact]
    public void CoverPageIsFirstAndLinearAndShowsTheCoverImage()
    {
        var epub = Built.Sample;
        var itemrefs = epub.Package.Descendants(EpubFile.Opf + "itemref").ToList();
        var first = epub.ManifestItems.Single(i => i.Id == itemrefs[0].Attribute("idref")!.Value);
        Assert.Equal("cover.xhtml", first.Href);
        Assert.Null(itemrefs[0].Attribute("linear"));
        Assert.Equal("EPUB/cover.xhtml", epub.Spine[0]);

        var page = epub.Xml(epub.Spine[0]);
        Assert.Equal("cover", page.Descendants(EpubFile.Xhtml + "body").Single().Attribute(EpubFile.Ops + "type")?.Value);
        var img = Assert.Single(page.Descendants(EpubFile.Xhtml + "img"));
        var coverImage = epub.ManifestItems.Single(i => i.Properties == "cover-image");
        Assert.Equal(EpubFile.Resolve(epub.PackagePath, coverImage.Href), EpubFile.Resolve(epub.Spine[0], img.Attribute("src")!.Value));
        Assert.Equal("Cover: A Small Sample, by Ada Lovelace, Charles Babbage", img.Attribute("alt")?.Value);
    }

    [Fact]
    public void BookWithoutACoverHasNoCoverPageOrCoverImage()
    {
        var epub = Built.Khojaly;
        Assert.DoesNotContain(epub.ManifestItems, i => i.Properties == "cover-image" || i.Href == "cover.xhtml");
        Assert.DoesNotContain(epub.EntryNames, n => n.StartsWith("EPUB/cover", StringComparison.Ordinal));
        Assert.DoesNotContain("EPUB/cover.xhtml", epub.Spine);
    }
}
