using Publisher.Core.Books;
using Publisher.Typesetting;

namespace Publisher.Pdf.Tests;

/// <summary>
/// One typesetter serves both writers of a build: the PDF paints the pages, the EPUB reads their page map and cover.
/// A book is typeset once for both, and an EPUB built alone is typeset without the body's glyphs.
/// </summary>
public sealed class SharedTypesettingTests
{
    private static Book Book() => new Project(TestBooks.Write("title: Shared\nlanguage: en\n",
        ("01.md", "# One\n\n" + TestBooks.Filler(400) + "\n"))).LoadBook("sample", TestBooks.Epoch);

    [Fact]
    public void Pages_the_pdf_writer_lets_go_stay_until_the_epub_writer_has_read_them()
    {
        var book = Book();
        var typesetter = new Typesetter();
        typesetter.WillPaint(book);
        typesetter.WillRead(book);
        var pdf = new PdfBookWriter(typesetter);
        using (var output = new MemoryStream()) pdf.Write(book, output);   // lets the pages go when done

        // The EPUB, asking after the PDF is written, reads the same pages: the book is not typeset a second time.
        var read = typesetter.ForPageMap(book);
        Assert.Same(read, typesetter.ForPageMap(book));
        Assert.Same(read, typesetter.Typeset(book));
        typesetter.DoneReading(book);
        // Now they are gone: asking again typesets afresh.
        Assert.NotSame(read, typesetter.Typeset(book));
    }

    [Fact]
    public void Pages_are_let_go_as_the_pdf_is_written_but_the_cover_and_the_page_map_stay_for_the_epub()
    {
        var book = new Project(TestBooks.Write("title: Shared\nlanguage: en\ntemplate: book\n",
            ("01.md", "# One\n\n" + TestBooks.Filler(3000) + "\n"))).LoadBook("sample", TestBooks.Epoch);
        var typesetter = new Typesetter();
        typesetter.WillPaint(book);
        typesetter.WillRead(book);
        var typeset = typesetter.Typeset(book);
        var map = typeset.PageMap.Pages.Select(p => (p.Label, p.Start)).ToList();
        var cover = new PdfBookWriter(typesetter).TypographicCover(book)!();
        using (var output = new MemoryStream()) new PdfBookWriter(typesetter).Write(book, output);

        // Written pages hold nothing more; the EPUB still finds the same page map and paints the same cover.
        Assert.True(typeset.Pages.Count > 5);
        Assert.All(typeset.Pages.Where(p => !ReferenceEquals(p, typeset.CoverPage)), p => Assert.Empty(p.Items));
        Assert.Equal(map, typesetter.ForPageMap(book).PageMap.Pages.Select(p => (p.Label, p.Start)));
        Assert.Equal(cover, new PdfBookWriter(typesetter).TypographicCover(book)!());
        typesetter.DoneReading(book);
    }

    [Fact]
    public void A_book_only_read_is_typeset_without_the_bodys_glyphs_but_to_the_same_pages()
    {
        var book = Book();
        var read = new Typesetter().ForPageMap(book);
        var painted = new Typesetter().Typeset(book);

        Assert.Equal(painted.Pages.Count, read.Pages.Count);
        Assert.Equal(painted.PageMap.Pages.Select(p => (p.Label, p.Start)), read.PageMap.Pages.Select(p => (p.Label, p.Start)));
        var runs = read.Pages.Skip(painted.Labels.FrontMatterPages).SelectMany(p => p.Items.OfType<Layout.Pages.GlyphRun>()).ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.Empty(r.Glyphs));
        Assert.Contains(painted.Pages.SelectMany(p => p.Items.OfType<Layout.Pages.GlyphRun>()), r => r.Glyphs.Length > 0);
    }
}
