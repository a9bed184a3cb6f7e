using System.Xml.Linq;
using Publisher.Core.Markdown;

namespace Publisher.Epub.Tests;

public class XhtmlChapterRendererTests
{
    private static XElement Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        var body = XhtmlChapterRenderer.Render(document, linkRewriter: null);
        // Parsing is the assertion that the output is well-formed XML. The page declares the epub: prefix
        // (footnotes use it), so the wrapper does too.
        return XElement.Parse($"<body xmlns=\"{EpubFile.Xhtml.NamespaceName}\" xmlns:epub=\"{EpubFile.Ops.NamespaceName}\">{body}</body>");
    }

    [Fact]
    public void MarkdownThatMarkdigWouldPassThroughAsHtmlStillGivesWellFormedXhtml()
    {
        var body = Render("""
            Text with <br> and <img src="x.png"> and <b>unclosed

            <div>
            <p>an HTML block left open

            line  
            break, footnote[^n], &nbsp;&copy; and a <https://example.com/?a=1&b=2> link.

            [^n]: note
            """);
        Assert.Empty(body.Descendants(EpubFile.Xhtml + "img"));
        Assert.Empty(body.Descendants(EpubFile.Xhtml + "b"));
        Assert.DoesNotContain(body.Descendants(EpubFile.Xhtml + "div"), d => (string?)d.Attribute("class") != "footnotes");
        var text = EpubFile.CollapseSpace(body.Value);
        Assert.Contains("Text with <br> and <img src=\"x.png\"> and <b>unclosed", text);
        Assert.Contains("<div> <p>an HTML block left open", text);
        Assert.Contains("\u00a0©", body.Value);
    }

    [Fact]
    public void HtmlCommentsAreLeftOut()
    {
        var body = Render("Before <!-- inline note --> after.\n\n<!--\nblock note\n-->\n\nEnd.");
        Assert.DoesNotContain("note", body.Value);
        Assert.Contains("Before", body.Value);
        Assert.Contains("End.", body.Value);
    }

    [Fact]
    public void VideoLinksStayLinksInsteadOfRemoteIframes()
    {
        var body = Render("![a video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)");
        Assert.Empty(body.Descendants(EpubFile.Xhtml + "iframe"));
    }

    [Fact]
    public void HeadingsCarryTheirAutomaticIds()
    {
        var body = Render("# First part\n\n## A section");
        Assert.Equal("first-part", body.Element(EpubFile.Xhtml + "h1")?.Attribute("id")?.Value);
        Assert.Equal("a-section", body.Element(EpubFile.Xhtml + "h2")?.Attribute("id")?.Value);
    }

    [Fact]
    public void APageThatIsNotWellFormedStopsTheBuild()
    {
        var page = XhtmlPage.Build("en", "t", "style.css", "bodymatter", "<p>open");
        var error = Assert.Throws<InvalidOperationException>(() => XhtmlPage.VisibleCodePoints(page, "text/x.xhtml").ToList());
        Assert.Contains("text/x.xhtml", error.Message);
    }
}
