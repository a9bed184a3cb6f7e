using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Publisher.Epub.Tests;

public partial class PackageDocumentTests
{
    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void EveryHrefInThePackageAndNavigationIsAnEntryOfTheZip(string book)
    {
        var epub = Built.Get(book);
        var hrefs = epub.ManifestItems.Select(i => (From: epub.PackagePath, i.Href))
            .Concat(epub.Navigation.Descendants(EpubFile.Xhtml + "a")
                .Select(a => (From: epub.NavigationPath, Href: a.Attribute("href")!.Value)))
            .ToList();
        Assert.NotEmpty(hrefs);
        foreach (var (from, href) in hrefs)
        {
            var target = EpubFile.Resolve(from, href);
            Assert.True(epub.Entries.ContainsKey(target), $"{href} in {from} points at {target}, which is not in the EPUB");
            if (href.Split('#') is [_, var fragment])
            {
                var ids = epub.Xml(target).Descendants().Select(e => (string?)e.Attribute("id"));
                Assert.Contains(Uri.UnescapeDataString(fragment), ids);
            }
        }
    }

    [Fact]
    public void EveryZipEntryIsListedInTheManifest()
    {
        var epub = Built.Sample;
        var listed = epub.ManifestItems.Select(i => EpubFile.Resolve(epub.PackagePath, i.Href)).ToHashSet();
        var unlisted = epub.EntryNames.Where(n => n is not "mimetype" && !n.StartsWith("META-INF/") && n != epub.PackagePath);
        Assert.All(unlisted, name => Assert.Contains(name, listed));
    }

    [Fact]
    public void ManifestIdsAreXmlNamesEvenForSlugsStartingWithADigit()
    {
        var epub = Built.Sample;
        Assert.Contains(epub.ManifestItems, i => i.Href.EndsWith("/01-getting-started.xhtml"));
        Assert.All(epub.ManifestItems, i => Assert.Matches(NcName(), i.Id));
    }

    [Fact]
    public void MetadataComesFromBookYml()
    {
        var book = TestBooks.Sample();
        var metadata = Built.Sample.Package.Descendants(EpubFile.Opf + "metadata").Single();
        var uniqueId = Built.Sample.Package.Root!.Attribute("unique-identifier")!.Value;
        var identifier = metadata.Elements(EpubFile.Dc + "identifier").Single();
        Assert.Equal(uniqueId, identifier.Attribute("id")!.Value);
        Assert.Equal(book.Identifier, identifier.Value);
        Assert.Equal("A Small Sample", metadata.Elements(EpubFile.Dc + "title").First().Value);
        Assert.Equal("en", metadata.Element(EpubFile.Dc + "language")!.Value);
        Assert.Equal(["Ada Lovelace", "Charles Babbage"], metadata.Elements(EpubFile.Dc + "creator").Select(c => c.Value));
        Assert.Equal("2024-03-01", metadata.Element(EpubFile.Dc + "date")!.Value);
    }

    [Fact]
    public void KhojalyWithoutADateHasNoDcDate()
    {
        var metadata = Built.Khojaly.Package.Descendants(EpubFile.Opf + "metadata").Single();
        Assert.Null(metadata.Element(EpubFile.Dc + "date"));
        Assert.Equal("Khojaly", metadata.Element(EpubFile.Dc + "title")!.Value);
    }

    [Fact]
    public void IdentifierIsTheSameOnEveryBuild()
    {
        string Identifier() => new EpubFile(TestBooks.Build(TestBooks.Khojaly())).Package
            .Descendants(EpubFile.Dc + "identifier").Single().Value;
        var first = Identifier();
        Assert.StartsWith("urn:uuid:", first);
        Assert.Equal(first, Identifier());
    }

    [Theory]
    [InlineData("1700000000", "2023-11-14T22:13:20Z")]
    [InlineData("1234567890", "2009-02-13T23:31:30Z")]
    public void ModifiedDateFollowsSourceDateEpoch(string epoch, string expected)
    {
        var epub = new EpubFile(TestBooks.Build(TestBooks.Khojaly(epoch)));
        var modified = epub.Package.Descendants(EpubFile.Opf + "meta")
            .Single(m => (string?)m.Attribute("property") == "dcterms:modified");
        Assert.Equal(expected, modified.Value);
    }

    [Fact]
    public void TitlePageComesFirstInTheReadingOrderWhenTheTemplateAsksForOne()
    {
        var epub = Built.Sample;
        var book = TestBooks.Sample();
        Assert.True(book.Template.TitlePage.Enabled);
        // The cover page comes before it (book.yml names a cover).
        // The imprint page follows it (book.yml gives a date).
        Assert.Equal(book.Chapters.Count + 3, epub.Spine.Count);
        Assert.Equal("EPUB/imprint.xhtml", epub.Spine[2]);
        Assert.Equal("EPUB/cover.xhtml", epub.Spine[0]);
        var titlePage = epub.BodyText(epub.Spine[1]);
        Assert.Contains("A Small Sample", titlePage);
        Assert.Contains("Two chapters for the EPUB tests", titlePage);
        Assert.Contains("Ada Lovelace", titlePage);
        Assert.Contains("Charles Babbage", titlePage);
        Assert.EndsWith("/01-getting-started.xhtml", epub.Spine[3]);
        Assert.EndsWith("/02-lists-and-more.xhtml", epub.Spine[4]);
    }

    [Fact]
    public void CoverImageFromBookYmlIsMarkedAsTheCover()
    {
        var epub = Built.Sample;
        var cover = Assert.Single(epub.ManifestItems, i => i.Properties == "cover-image");
        Assert.Equal("image/png", cover.MediaType);
        var source = File.ReadAllBytes(Path.Combine(TestBooks.FixtureDirectory, "cover.png"));
        Assert.Equal(source, epub.Entries[EpubFile.Resolve(epub.PackagePath, cover.Href)]);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9._-]*$")]
    private static partial Regex NcName();
}
