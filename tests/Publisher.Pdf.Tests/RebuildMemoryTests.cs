using Publisher.Core.Books;
using Publisher.Typesetting;

namespace Publisher.Pdf.Tests;

/// <summary>
/// <c>publisher watch</c> keeps each paragraph's glyphs and lines (<see cref="Typesetter.KeepLinesBetweenBuilds"/>) and the
/// PDF's compressed streams (<see cref="Writer.DeflateMemory"/>) for the next build: a rebuild after an edit takes what it
/// did not change from them, and must give the very bytes of a build that does everything afresh.
/// </summary>
public sealed class RebuildMemoryTests
{
    private const string Chapter1 = """
        # Marmalade

        The first paragraph, which the edit below changes. It has *emphasis*, `inline code`, a link to
        [the second chapter](02.md) and a note.[^a] {0}

        - A list item with a word long enough to hyphenate: incomprehensibilities.
        - Another, with `some-code-that/breaks-only/at-slashes`.

        ```
        a code block whose line is long enough to be wrapped with a continuation mark at the right margin of the page
        ```

        [^a]: The note's text, with a [link](https://example.org/a-place).

        """;

    private const string Chapter2 = """
        # Quinces

        A second chapter with its own note[^b], a table and a picture with an alpha channel, which PDF cannot take as it is.

        ![A chart](chart.png)

        | Fruit | Season |
        |---|---|
        | Quince | Autumn |

        [^b]: Numbered after the first chapter's notes, so an edit there renumbers it.

        """;

    private static string Project(string edit, string note)
    {
        var root = TestBooks.Write("title: Watched\nlanguage: en\n",
            ("01.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Chapter1, edit) + note + TestBooks.Filler(900) + "\n"),
            ("02.md", Chapter2 + TestBooks.Filler(700) + "\n"));
        File.WriteAllBytes(Path.Combine(root, "content", "sample", "chart.png"), HalfTransparentPng());
        return root;
    }

    /// <summary>A small PNG whose pixels are half transparent: decoded, and written with a soft mask.</summary>
    private static byte[] HalfTransparentPng()
    {
        using var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(16, 8, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Unpremul));
        for (var x = 0; x < 16; x++)
            for (var y = 0; y < 8; y++) bitmap.SetPixel(x, y, new SkiaSharp.SKColor((byte)(x * 16), 80, 160, (byte)(y * 30 + 10)));
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
    }

    private static byte[] Pdf(PdfBookWriter writer, string root, string name = "sample")
    {
        var book = new Project(root).LoadBook(name, TestBooks.Epoch);
        writer.Expect(book);
        using var output = new MemoryStream();
        writer.Write(book, output);
        return output.ToArray();
    }

    [Fact]
    public void A_rebuild_that_reuses_the_unchanged_paragraphs_lines_gives_the_bytes_of_a_fresh_build()
    {
        var typesetter = new Typesetter();
        var watching = new PdfBookWriter(typesetter);
        watching.KeepBetweenBuilds();
        var before = Project("Before the edit.", "");
        Pdf(watching, before);
        var kept = typesetter.LinesOf("sample")!.Hits;
        var compressed = watching.CompressedOf("sample")!.Hits;
        // Another book of the project, rebuilt more often than a book's memory outlives builds not its own, takes none of it.
        Directory.CreateDirectory(Path.Combine(before, "content", "other"));
        File.WriteAllText(Path.Combine(before, "content", "other", "book.yml"), "title: Other\nlanguage: en\n");
        File.WriteAllText(Path.Combine(before, "content", "other", "01.md"), "# Apples\n\nA book of its own, about apples alone.\n");
        for (var i = 0; i < 4; i++) Pdf(watching, before, "other");

        // Words added (the lines after them move) and a note added before the others (they are numbered again).
        var edited = Project("After the edit, with enough words added to move the lines of everything after it a little.",
            "A new paragraph with a new note.[^new]\n\n[^new]: Which comes first.\n\n");
        var rebuilt = Pdf(watching, edited);

        // Beyond what a first build finds in itself (the contents, set again on each pass), the unchanged paragraphs: 23
        // here, 14 when the other book's builds had emptied this one's memory (only the front matter they share is found).
        var alone = new Typesetter();
        var once = new PdfBookWriter(alone);
        once.KeepBetweenBuilds();
        Pdf(once, edited);
        var fromBefore = typesetter.LinesOf("sample")!.Hits - kept - alone.LinesOf("sample")!.Hits;
        Assert.True(fromBefore >= 20, $"only {fromBefore} paragraphs came from the build before");
        // The fonts, and the pages of the second chapter after its note's new number, are what they were.
        Assert.True(watching.CompressedOf("sample")!.Hits - compressed >= 3, $"only {watching.CompressedOf("sample")!.Hits - compressed} streams came from the build before");
        Assert.Equal(Pdf(new PdfBookWriter(), edited), rebuilt);
        // The EPUB's cover picture, painted from the same cover page, is encoded once.
        var found = watching.CompressedOf("sample")!.Hits;
        var book = new Project(edited).LoadBook("sample", TestBooks.Epoch);
        var first = watching.TypographicCover(book)!();
        Assert.Equal(first, watching.TypographicCover(book)!());
        Assert.Equal(found + 1, watching.CompressedOf("sample")!.Hits);
        Assert.Equal(new PdfBookWriter().TypographicCover(book)!(), first);

        // A template edited while watching: the same texts in the same faces, on a narrower measure.
        File.WriteAllText(Path.Combine(edited, "content", "sample", "book.yml"), "title: Watched\nlanguage: en\ntemplate: narrow\n");
        Directory.CreateDirectory(Path.Combine(edited, "templates", "narrow"));
        File.WriteAllText(Path.Combine(edited, "templates", "narrow", "template.yml"), "extends: booklet\npage:\n  margins:\n    outer: 30mm\n");
        Assert.Equal(Pdf(new PdfBookWriter(), edited), Pdf(watching, edited));
    }
}
