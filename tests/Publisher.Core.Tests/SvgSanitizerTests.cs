using System.Text;
using Publisher.Core.Books;
using Publisher.Core.Images;

namespace Publisher.Core.Tests;

/// <summary>An SVG may draw, never run or fetch: what could is taken out, each with a warning at the image's line.</summary>
public sealed class SvgSanitizerTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Hostile = """
        <?xml version="1.0"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="30" height="10" onload="alert(1)">
          <script>alert(2)</script>
          <rect width="30" height="10" fill="url(#g)" style="stroke:url(http://evil.example/x)"/>
          <linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>
          <image href="file:///etc/passwd" width="1" height="1"/>
          <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
          <a href="javascript:alert(3)"><text>link</text></a>
          <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
          <set attributeName="href" to="javascript:alert(4)"/>
        </svg>
        """;

    private Book Load(string svg) => _folder.LoadBook("# One\n\n![a drawing](drawing.svg)\n", files: ("drawing.svg", svg));

    [Fact]
    public void Scripts_handlers_and_outside_references_are_taken_out_each_with_a_warning()
    {
        var book = Load(Hostile);
        Assert.Equal([
            "content/b/01-one.md:3:1: warning PUB053: 'drawing.svg' line 3: <script> left out (a script would run)",
            "content/b/01-one.md:3:1: warning PUB053: 'drawing.svg' line 4: style=\"stroke:url(http://evil.example/x)\" on <rect> left out (a url() outside the file)",
            "content/b/01-one.md:3:1: warning PUB053: 'drawing.svg' line 6: href=\"file:///etc/passwd\" on <image> left out (a reference outside the file)",
            "content/b/01-one.md:3:1: warning PUB053: 'drawing.svg' line 8: href=\"javascript:alert(3)\" on <a> left out (a reference outside the file)",
            "content/b/01-one.md:3:1: warning PUB053: 'drawing.svg' line 9: <foreignObject> left out (it holds HTML, which could run or fetch)",
            "content/b/01-one.md:3:1: warning PUB053: 'drawing.svg' line 10: <set> left out (an element that animates or plays, which could run or fetch)",
            "content/b/01-one.md:3:1: warning PUB053: 'drawing.svg' line 2: onload=\"alert(1)\" on <svg> left out (an event handler would run a script)",
        ], book.Warnings.Select(w => w.ToString()));

        var clean = Encoding.UTF8.GetString(SvgSanitizer.Sanitize(_folder.PathOf("content/b/drawing.svg")).Data);
        foreach (var gone in (string[])["script", "alert", "onload", "file:", "evil.example", "foreignObject", "<set", "<a"])
            Assert.DoesNotContain(gone, clean);
        Assert.Contains("fill=\"url(#g)\"", clean);
        Assert.Contains("data:image/png;base64,", clean);
    }

    [Fact]
    public void An_svg_using_entities_from_its_DTD_is_unreadable_and_nothing_is_expanded()
    {
        var error = Expect.Failure(() => Load("""
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg" width="30" height="10"><text>&xxe;</text></svg>
            """));
        Assert.StartsWith("content/b/01-one.md:3:1: error PUB042: image 'drawing.svg' is not a readable SVG file: not well-formed XML at line 3:", error);
    }

    [Fact]
    public void A_plain_doctype_is_dropped_without_a_word()
    {
        var book = Load("""
            <?xml version="1.0"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" width="30" height="10"><rect width="30" height="10"/></svg>
            """);
        Assert.Empty(book.Warnings);
        Assert.DoesNotContain("DOCTYPE", Encoding.UTF8.GetString(SvgSanitizer.Sanitize(_folder.PathOf("content/b/drawing.svg")).Data));
    }
}
