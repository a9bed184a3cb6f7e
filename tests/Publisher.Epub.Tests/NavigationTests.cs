namespace Publisher.Epub.Tests;

public class NavigationTests
{
    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void TableOfContentsListsEachChapterByItsTitle(string book)
    {
        var chapters = (book == "khojaly" ? TestBooks.Khojaly() : TestBooks.Sample()).Chapters;
        var epub = Built.Get(book);
        var topLevel = epub.TableOfContents.Element(EpubFile.Xhtml + "ol")!.Elements(EpubFile.Xhtml + "li")
            .Select(li => li.Element(EpubFile.Xhtml + "a")!)
            .ToList();
        Assert.Equal(chapters.Select(c => c.Title), topLevel.Select(a => a.Value));
        Assert.Equal(chapters.Select(c => $"text/{c.Slug}.xhtml"), topLevel.Select(a => a.Attribute("href")!.Value));
    }

    [Fact]
    public void H1AndH2HeadingsAreListedWithTheirIdsButNotH3()
    {
        var entries = Built.Sample.TableOfContents.Descendants(EpubFile.Xhtml + "a")
            .Select(a => (Text: a.Value, Href: a.Attribute("href")!.Value))
            .ToList();
        Assert.Contains(("Why a sample", "text/01-getting-started.xhtml#why-a-sample"), entries);
        Assert.Contains(("A numbered list", "text/02-lists-and-more.xhtml#a-numbered-list"), entries);
        Assert.DoesNotContain(entries, e => e.Text == "A third-level heading");
        // The heading a chapter is named after is the chapter's own entry, not listed twice.
        Assert.Single(entries, e => e.Text == "Getting started");
    }
}
