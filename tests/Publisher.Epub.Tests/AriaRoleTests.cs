using System.Xml.Linq;

namespace Publisher.Epub.Tests;

/// <summary>
/// What a screen reader learns of the book's structure: every epub:type a reading system reads has the ARIA
/// role DPUB-ARIA gives it (W3C's "EPUB Type to ARIA Role Authoring Guide"), and no role stands where it does
/// not fit. Ace by DAISY checks the same (epub-type-has-matching-role); these tests say it without a browser.
/// </summary>
public class AriaRoleTests
{
    /// <summary>The epub:types the mapping gives a role, with that role (those Publisher may write, and more).</summary>
    private static readonly Dictionary<string, string> Mapping = new()
    {
        ["abstract"] = "doc-abstract", ["acknowledgments"] = "doc-acknowledgments", ["afterword"] = "doc-afterword",
        ["appendix"] = "doc-appendix", ["backlink"] = "doc-backlink", ["bibliography"] = "doc-bibliography",
        ["chapter"] = "doc-chapter", ["colophon"] = "doc-colophon", ["conclusion"] = "doc-conclusion",
        ["dedication"] = "doc-dedication", ["endnotes"] = "doc-endnotes", ["epigraph"] = "doc-epigraph",
        ["epilogue"] = "doc-epilogue", ["footnote"] = "doc-footnote", ["foreword"] = "doc-foreword",
        ["glossary"] = "doc-glossary", ["index"] = "doc-index", ["introduction"] = "doc-introduction",
        ["noteref"] = "doc-noteref", ["notice"] = "doc-notice", ["page-list"] = "doc-pagelist",
        ["pagebreak"] = "doc-pagebreak", ["part"] = "doc-part", ["preface"] = "doc-preface", ["prologue"] = "doc-prologue",
        ["pullquote"] = "doc-pullquote", ["qna"] = "doc-qna", ["subtitle"] = "doc-subtitle", ["tip"] = "doc-tip",
        ["toc"] = "doc-toc",
    };

    public static TheoryData<string> Books => ["khojaly", "sample", "constructs"];

    [Theory]
    [MemberData(nameof(Books))]
    public void Every_epub_type_outside_the_landmarks_has_its_matching_role(string book)
    {
        var epub = Epub(book);
        var checkedTypes = 0;
        foreach (var (path, element) in Elements(epub))
        {
            if (element.Attribute(EpubFile.Ops + "type") is not { } type || InLandmarks(element)) continue;
            foreach (var t in type.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(Mapping.ContainsKey))
            {
                Assert.True(Mapping[t] == (string?)element.Attribute("role"),
                    $"{path}: <{element.Name.LocalName} epub:type=\"{type.Value}\"> has role '{element.Attribute("role")?.Value}', not {Mapping[t]}");
                checkedTypes++;
            }
        }
        Assert.True(checkedTypes >= 2, $"only {checkedTypes} typed elements in {book}");
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void No_role_stands_on_a_body_or_where_its_element_has_no_epub_type_of_that_meaning(string book)
    {
        foreach (var (path, element) in Elements(Epub(book)))
        {
            if (element.Attribute("role") is not { } role) continue;
            Assert.True(element.Name.LocalName != "body", $"{path}: a role on <body>, which ARIA forbids");
            // The roles Publisher writes where no epub:type calls for one: a cover picture, a note's link back, a callout.
            var types = ((string?)element.Attribute(EpubFile.Ops + "type"))?.Split(' ') ?? [];
            var expected = types.Where(Mapping.ContainsKey).Select(t => Mapping[t]).ToList();
            Assert.True(expected.Contains(role.Value) || role.Value is "doc-backlink" or "note"
                    || (role.Value == "doc-cover" && element.Name.LocalName == "img"),
                $"{path}: <{element.Name.LocalName} role=\"{role.Value}\"> fits none of its types ({string.Join(' ', types)})");
        }
    }

    [Fact]
    public void A_chapter_is_a_doc_chapter_section_named_by_its_title_heading()
    {
        var epub = Built.Sample;
        var page = epub.Xml("EPUB/text/01-getting-started.xhtml");
        var body = page.Descendants(EpubFile.Xhtml + "body").Single();
        Assert.Equal("bodymatter", (string?)body.Attribute(EpubFile.Ops + "type"));
        var section = body.Elements(EpubFile.Xhtml + "section").Single();
        Assert.Equal("chapter", (string?)section.Attribute(EpubFile.Ops + "type"));
        Assert.Equal("doc-chapter", (string?)section.Attribute("role"));
        var heading = page.Descendants(EpubFile.Xhtml + "h1").First();
        Assert.Equal((string?)heading.Attribute("id"), (string?)section.Attribute("aria-labelledby"));
    }

    [Fact]
    public void The_cover_picture_is_a_doc_cover_with_the_books_title_for_its_text()
    {
        var page = Built.Sample.Xml("EPUB/cover.xhtml");
        var image = page.Descendants(EpubFile.Xhtml + "img").Single();
        Assert.Equal("doc-cover", (string?)image.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace((string?)image.Attribute("alt")));
    }

    [Fact]
    public void The_contents_are_doc_toc()
    {
        var toc = Built.Khojaly.Navigation.Descendants(EpubFile.Xhtml + "nav")
            .Single(n => (string?)n.Attribute(EpubFile.Ops + "type") == "toc");
        Assert.Equal("doc-toc", (string?)toc.Attribute("role"));
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void A_task_box_is_labelled_by_its_items_text(string book)
    {
        var boxes = Elements(Epub(book)).Select(e => e.Element).Where(e => e.Name.LocalName == "input").ToList();
        if (book != "khojaly") Assert.NotEmpty(boxes);
        foreach (var box in boxes)
        {
            var label = box.Ancestors(EpubFile.Xhtml + "label").FirstOrDefault();
            Assert.True(label is not null, $"an unlabelled check box: {box.Parent}");
            Assert.False(string.IsNullOrWhiteSpace(label.Value), $"a check box whose label is empty: {label}");
            Assert.Equal("checkbox", (string?)box.Attribute("type"));
            Assert.Equal("disabled", (string?)box.Attribute("disabled"));
        }
    }

    [Fact]
    public void A_task_in_a_loose_list_is_labelled_inside_its_paragraph()
    {
        var document = Markdig.Markdown.Parse("- [x] done it\n\n- [ ] to do, with a [link](https://example.org)\n",
            Core.Markdown.MarkdownPipelineFactory.Pipeline);
        var xhtml = XhtmlChapterRenderer.Render(document, linkRewriter: null);
        Assert.Contains("<li class=\"task-list-item\"><p><label><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> done it</label></p>", xhtml);
        Assert.Contains("<p><label><input disabled=\"disabled\" type=\"checkbox\" /> to do, with a <a href=\"https://example.org\">link</a></label></p>", xhtml);
    }

    private static bool InLandmarks(XElement element) =>
        element.Ancestors(EpubFile.Xhtml + "nav").Any(n => (string?)n.Attribute(EpubFile.Ops + "type") == "landmarks");

    private static EpubFile Epub(string book) => book == "constructs" ? ConstructsTests.Epub : Built.Get(book);

    private static IEnumerable<(string Path, XElement Element)> Elements(EpubFile epub) =>
        from path in epub.EntryNames
        where path.EndsWith(".xhtml", StringComparison.Ordinal)
        from element in epub.Xml(path).Descendants()
        select (path, element);
}
