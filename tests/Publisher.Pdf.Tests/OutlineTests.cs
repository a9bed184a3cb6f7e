using UglyToad.PdfPig.Outline;

namespace Publisher.Pdf.Tests;

/// <summary>The PDF's bookmarks mirror the heading tree and open at the headings' pages.</summary>
public class OutlineTests
{
    [Fact]
    public void Bookmarks_mirror_the_guide_s_headings_and_open_on_their_pages()
    {
        var (_, pdf) = TestBooks.Build(TestBooks.RepoRoot, "guide");
        using var document = TestBooks.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Getting started", "Writing", "Templates", "Building", "Technical books", "Index"], bookmarks.Roots.Select(b => b.Title));
        var writing = bookmarks.Roots[1];
        Assert.Contains(writing.Children, c => c.Title == "Lists");
        foreach (var node in bookmarks.GetNodes().OfType<DocumentBookmarkNode>())
        {
            // The page a bookmark opens carries its heading's words.
            // pdftotext reads the text Skia attached to ligature glyphs ("fi"); PdfPig would give "ﬁ".
            var page = node.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var words = Poppler.Run("pdftotext", pdf, "-f", page, "-l", page);
            Assert.True(words.Contains(node.Title.Split(' ')[0]), $"{node.Title} -> page {node.PageNumber}: " +
                string.Join(", ", bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Select(n => $"{n.Title}={n.PageNumber}")));
        }
    }

    [Fact]
    public void A_chapter_without_a_heading_is_bookmarked_by_its_title()
    {
        var (_, pdf) = TestBooks.Build(TestBooks.RepoRoot, "khojaly");
        using var document = TestBooks.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var only = Assert.Single(bookmarks.Roots);
        Assert.Equal("Khojaly", only.Title);
        Assert.Equal(document.FirstChapterPage(), Assert.IsType<DocumentBookmarkNode>(only).PageNumber);
    }
}
