namespace Publisher.Epub.Tests;

/// <summary>Every XHTML document, nav, cover and title page included, says which language it is in.</summary>
public class DocumentLanguageTests
{
    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void EveryXhtmlDocumentHasLangAndXmlLang(string book)
    {
        var epub = Built.Get(book);
        var documents = XhtmlDocuments(epub);
        Assert.Contains(epub.NavigationPath, documents);
        if (book == "sample") Assert.Contains("EPUB/cover.xhtml", documents);
        foreach (var path in documents)
        {
            var html = epub.Xml(path).Root!;
            Assert.Equal("en", html.Attribute("lang")?.Value);
            Assert.Equal("en", html.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value);
            Assert.Null(html.Attribute("dir"));
        }
        Assert.Equal("en", epub.Xml(epub.NcxPath).Root!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value);
    }

    [Fact]
    public void EveryXhtmlDocumentOfAnArabicBookIsRightToLeft()
    {
        var book = TestBooks.Sample() with { Manifest = TestBooks.Sample().Manifest with { Language = "ar" } };
        var epub = new EpubFile(TestBooks.Build(book));
        var documents = XhtmlDocuments(epub);
        Assert.Equal(book.Chapters.Count + 4, documents.Count); // cover, title page, imprint, chapters, nav
        foreach (var path in documents)
        {
            var html = epub.Xml(path).Root!;
            Assert.Equal("ar", html.Attribute("lang")?.Value);
            Assert.Equal("ar", html.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value);
            Assert.Equal("rtl", html.Attribute("dir")?.Value);
        }
    }

    private static List<string> XhtmlDocuments(EpubFile epub) => epub.ManifestItems
        .Where(i => i.MediaType == "application/xhtml+xml")
        .Select(i => EpubFile.Resolve(epub.PackagePath, i.Href)).ToList();
}
