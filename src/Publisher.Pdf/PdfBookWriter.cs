using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Images;
using Publisher.Core.Manifest;
using Publisher.Core.Output;
using Publisher.Core.Templates;
using Publisher.Layout;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Shaping;
using Publisher.Layout.Text;
using Publisher.Pdf.Building;
using Publisher.Pdf.Images;
using Publisher.Pdf.Rendering;
using Publisher.Pdf.Styling;
using SkiaSharp;

namespace Publisher.Pdf;

/// <summary>The PDF backend: Book + template -> layout blocks -> pages -> PDF.</summary>
public sealed class PdfBookWriter : IBookWriter
{
    public OutputFormat Format => OutputFormat.Pdf;
    public string Extension => "pdf";

    public WriteResult Write(Book book, Stream output)
    {
        using var images = new ImageLibrary(book.Template);
        var pages = Paginate(book, images);
        using var painter = new PdfPainter(pages, images);
        using var painted = new MemoryStream();
        var print = PrintBoxes.From(book.Template.Page);
        painter.Paint(pages, painted, Metadata(book), print);
        PdfFinisher.Finish(painted, output, book, PdfOutline.From(book), print);
        if (book.Template.Page.Imposition != PageImposition.SaddleStitch) return new WriteResult(pages.Count);
        if (pages.Count > MaxSaddleStitchPages)
            return new WriteResult(pages.Count) { Warnings = [TooLongToImpose(book, pages.Count)] };
        return new WriteResult(pages.Count) { Companions = [Imposed(book, pages, painter)] };
    }

    /// <summary>
    /// Past about 24 nested sheets of office paper a fold no longer lies flat and staples do not reach
    /// through; painting such a book twice (Pro Git: 372 pages) would only slow every build down.
    /// </summary>
    internal const int MaxSaddleStitchPages = 96;

    private static Diagnostic TooLongToImpose(Book book, int pages) => new(Severity.Warning, DiagnosticCodes.TooLongToImpose,
        $"'page.imposition: saddle-stitch': {pages} pages are too many to fold and staple as one booklet " +
        $"(at most {MaxSaddleStitchPages}); no imposed file was written",
        book.Template.Page.ImpositionAt ?? SourceLocation.File(Path.Combine("templates", book.Template.Name, "template.yml")));

    /// <summary>The same pages again, two to a sheet side in booklet order: out/&lt;book&gt;-imposed.pdf.</summary>
    private static CompanionFile Imposed(Book book, List<Page> pages, PdfPainter painter)
    {
        using var painted = new MemoryStream();
        painter.PaintImposed(pages, painted, Metadata(book));
        using var finished = new MemoryStream();
        PdfFinisher.Finish(painted, finished, book, outline: []);
        return new CompanionFile("-imposed", finished.ToArray(), SaddleStitch.Sides(pages.Count).Count);
    }

    /// <summary>Lays the book out; the pages can be painted into a PDF or, for tests and previews, inspected.</summary>
    public static List<Page> Paginate(Book book)
    {
        using var images = new ImageLibrary(book.Template);
        return Paginate(book, images);
    }

    /// <summary>Lays the book out with the images loaded into <paramref name="images"/>, for painting them after.</summary>
    internal static List<Page> Paginate(Book book, ImageLibrary images)
    {
        images.Prefetch(BookImages.All(book));
        var fonts = new FontSet(book.Template, FontLibrary.Shared);
        var fallback = new FontFallback(book.Template.FallbackFonts.Select(FontLibrary.Shared.Load).ToList());
        var context = new LayoutContext(new TextShaper(book.Manifest.Language), fallback);
        var blocks = new BlockBuilder(book, fonts, images).Build();
        var page = book.Template.Page;
        var geometry = new PageGeometry(page.Width, page.Height, page.MarginTop, page.MarginBottom,
            page.MarginInner, page.MarginOuter, page.Facing);
        var pages = new Paginator(context, geometry)
        {
            Footnotes = FootnoteAreaStyle.From(book.Template),
            PadTo = book.Template.Page.PadTo,
        }.Paginate(blocks);
        new RunningLines(book, fonts, context).Apply(pages);
        return pages;
    }

    private static SKDocumentPdfMetadata Metadata(Book book)
    {
        var m = book.Manifest;
        var date = book.Timestamp.UtcDateTime;
        return new SKDocumentPdfMetadata
        {
            Title = m.Title,
            Subject = m.Subtitle ?? m.Description ?? "",
            Author = string.Join(", ", m.Authors),
            Creator = "Publisher",
            Producer = "Publisher (Skia PDF)",
            Creation = date,
            Modified = date,
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
    }
}
