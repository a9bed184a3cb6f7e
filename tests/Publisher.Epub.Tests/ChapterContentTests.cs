using System.Net;

namespace Publisher.Epub.Tests;

public class ChapterContentTests
{
    [Fact]
    public void KhojalyChapterHoldsEverySourceParagraphVerbatim()
    {
        var source = File.ReadAllText(Path.Combine(TestBooks.RepoRoot, "content", "khojaly", "khojaly.md"));
        var paragraphs = source.ReplaceLineEndings("\n").Split("\n\n")
            .Select(p => EpubFile.CollapseSpace(p))
            .Where(p => p.Length > 0)
            .ToList();
        Assert.True(paragraphs.Count > 5, "khojaly.md should have many paragraphs");

        var epub = Built.Khojaly;
        var chapterFile = Assert.Single(epub.EntryNames, n => n.EndsWith("/khojaly.xhtml"));
        var text = EpubFile.CollapseSpace(WebUtility.HtmlDecode(epub.BodyText(chapterFile)));
        Assert.All(paragraphs, p => Assert.Contains(p, text));
    }

    [Fact]
    public void ChapterIsAnXhtmlDocumentInTheBookLanguageWithATitle()
    {
        var epub = Built.Sample;
        var chapter = epub.Xml("EPUB/text/01-getting-started.xhtml");
        var html = chapter.Root!;
        Assert.Equal(EpubFile.Xhtml + "html", html.Name);
        Assert.Equal("en", html.Attribute("lang")?.Value);
        Assert.Equal("en", html.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value);
        Assert.Equal("Getting started", chapter.Descendants(EpubFile.Xhtml + "title").Single().Value);
    }

    [Fact]
    public void HeadingsEmphasisAndListsBecomeTheirXhtmlElements()
    {
        var epub = Built.Sample;
        var first = epub.Xml("EPUB/text/01-getting-started.xhtml");
        var second = epub.Xml("EPUB/text/02-lists-and-more.xhtml");
        Assert.Equal("why-a-sample", first.Descendants(EpubFile.Xhtml + "h2").Single().Attribute("id")?.Value);
        Assert.Contains(first.Descendants(EpubFile.Xhtml + "em"), e => e.Value == "emphasis");
        Assert.Contains(first.Descendants(EpubFile.Xhtml + "strong"), e => e.Value == "strong words");
        Assert.Equal(["apples", "pears, with a note", "plums"],
            second.Descendants(EpubFile.Xhtml + "ul").First().Elements(EpubFile.Xhtml + "li").Select(li => li.Value));
        Assert.Equal(["first", "second", "third"],
            second.Descendants(EpubFile.Xhtml + "ol").First().Elements(EpubFile.Xhtml + "li").Select(li => li.Value));
    }

    [Fact]
    public void LinksToAnotherChapterPointAtItsXhtmlFile()
    {
        var first = Built.Sample.Xml("EPUB/text/01-getting-started.xhtml");
        var link = first.Descendants(EpubFile.Xhtml + "a").Single(a => a.Value == "the second chapter");
        Assert.Equal("02-lists-and-more.xhtml#a-numbered-list", link.Attribute("href")?.Value);
    }

    [Fact]
    public void SafeRawHtmlIsKeptAndUnsafeRawHtmlIsShownAsWritten()
    {
        var second = Built.Sample.Xml("EPUB/text/02-lists-and-more.xhtml");
        var span = Assert.Single(second.Descendants(EpubFile.Xhtml + "span"), s => s.Attribute("class")?.Value == "x");
        Assert.Equal("this", span.Value);
        Assert.Empty(second.Descendants(EpubFile.Xhtml + "b"));
        Assert.Contains("<b onclick=\"go()\">this</b>, is shown as written",
            EpubFile.CollapseSpace(second.Root!.Value));
    }
}
