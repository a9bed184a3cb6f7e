using Publisher.Core.PrintPages;

namespace Publisher.Epub.Tests;

/// <summary>
/// The print edition's front-matter pages are marked in the EPUB document that stands for each
/// part: the cover's in cover.xhtml, the title page's in title-page.xhtml, the imprint's in
/// imprint.xhtml; the contents, for which the EPUB has its navigation document outside the reading
/// order, go to the top of the first chapter.
/// </summary>
public class FrontMatterPageMarkerTests
{
    private static readonly PrintPageMap PrintEdition = new(
    [
        new PrintPage("i", PrintPosition.FrontMatter) { Part = FrontMatterPart.Cover },
        new PrintPage("ii", PrintPosition.FrontMatter) { Part = FrontMatterPart.TitlePage },
        new PrintPage("iii", PrintPosition.FrontMatter) { Part = FrontMatterPart.TitlePage },
        new PrintPage("iv", PrintPosition.FrontMatter) { Part = FrontMatterPart.Imprint },
        new PrintPage("v", PrintPosition.FrontMatter) { Part = FrontMatterPart.Contents },
        new PrintPage("1", new PrintPosition(0, 0, 0)),
    ]);

    private static EpubFile Build()
    {
        using var stream = new MemoryStream();
        new EpubBookWriter(_ => PrintEdition).Write(TestBooks.Sample(), stream);
        return new EpubFile(stream.ToArray());
    }

    [Fact]
    public void Each_front_page_is_marked_in_its_parts_document_and_the_contents_open_the_first_chapter()
    {
        var epub = Build();
        string[] Markers(string path) => epub.Xml(path).Descendants()
            .Where(e => (string?)e.Attribute(EpubFile.Ops + "type") == "pagebreak")
            .Select(e => (string)e.Attribute("aria-label")!).ToArray();

        Assert.Equal(["i"], Markers("EPUB/cover.xhtml"));
        Assert.Equal(["ii", "iii"], Markers("EPUB/title-page.xhtml"));
        Assert.Equal(["iv"], Markers("EPUB/imprint.xhtml"));
        Assert.Equal(["v", "1"], Markers(epub.Spine.First(s => s.Contains("/text/", StringComparison.Ordinal))).Take(2));
        var result = Epubcheck.Check(epub.Bytes, "front-matter-markers");
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }
}
