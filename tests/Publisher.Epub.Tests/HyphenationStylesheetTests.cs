using Publisher.Core.Templates;

namespace Publisher.Epub.Tests;

/// <summary>body.hyphenation in the EPUB: reading systems hyphenate body text by the documents' lang, never headings or code.</summary>
public class HyphenationStylesheetTests
{
    private static string Css(EpubFile epub) =>
        epub.Text(EpubFile.Resolve(epub.PackagePath, epub.ManifestItems.Single(i => i.MediaType == "text/css").Href));

    private static string Rule(string css, string selector)
    {
        var start = css.IndexOf("\n" + selector + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no rule for {selector}");
        return css[start..css.IndexOf('}', start)];
    }

    [Fact]
    public void Body_text_hyphenates_and_headings_and_code_do_not()
    {
        // The booklet: hyphenation on, min-word 5, the language's own minima, two hyphenated lines in a row.
        var css = Css(Built.Khojaly);
        var body = Rule(css, "p, li, dd, blockquote, aside");
        Assert.Contains("hyphens: auto;", body);
        Assert.Contains("-webkit-hyphens: auto;", body);
        Assert.Contains("hyphenate-limit-chars: 5 auto auto;", body);
        Assert.Contains("-webkit-hyphenate-limit-lines: 2;", body);
        var whole = Rule(css, "h1, h2, h3, h4, h5, h6, pre, code, table, figcaption, .title-page");
        Assert.Contains("hyphens: none;", whole);
        // The reading system hyphenates by the language each document declares.
        var chapter = Built.Khojaly.ManifestItems.First(i => i.MediaType == "application/xhtml+xml" && i.Href.Contains("khojaly"));
        Assert.Contains("xml:lang=\"en\"", Built.Khojaly.Text(EpubFile.Resolve(Built.Khojaly.PackagePath, chapter.Href)));
    }

    [Fact]
    public void Without_body_hyphenation_the_stylesheet_asks_for_none()
    {
        var book = TestBooks.Khojaly();
        var off = book with { Template = book.Template with { Body = book.Template.Body with { Hyphenation = HyphenationSpec.Off } } };
        Assert.DoesNotContain("hyphens", Css(new EpubFile(TestBooks.Build(off))));
    }
}
