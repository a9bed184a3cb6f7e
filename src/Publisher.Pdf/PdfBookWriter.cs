using Publisher.Core.Books;
using Publisher.Core.Images;
using Publisher.Core.Manifest;
using System.Runtime.CompilerServices;
using Publisher.Core.Output;
using Publisher.Core.PrintPages;
using Publisher.Layout;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Shaping;
using Publisher.Layout.Text;
using Publisher.Pdf.Building;
using Publisher.Pdf.Images;
using Publisher.Pdf.Pages;
using Publisher.Pdf.Rendering;
using Publisher.Pdf.Styling;
using SkiaSharp;

namespace Publisher.Pdf;

/// <summary>The PDF backend: Book + template -> layout blocks -> pages -> PDF.</summary>
public sealed class PdfBookWriter : IBookWriter
{
    public OutputFormat Format => OutputFormat.Pdf;
    public string Extension => "pdf";

    // A book is laid out once for both its PDF and its EPUB's page list, whichever asks first,
    // while the other waits; painting and the EPUB then go on side by side.
    private readonly ConditionalWeakTable<Book, Lazy<LaidOutBook>> _layouts = new();

    private sealed record LaidOutBook(List<Page> Pages, ImageLibrary Images, PrintPageMap PageMap);

    public WriteResult Write(Book book, Stream output)
    {
        var layout = LayOut(book);
        try
        {
            var pages = layout.Pages;
            using var painter = new PdfPainter(pages, layout.Images);
            using var painted = new MemoryStream();
            painter.Paint(pages, painted, Metadata(book));
            PdfFinisher.Finish(painted, output, book, PdfOutline.From(book));
            return new WriteResult(pages.Count);
        }
        finally
        {
            // Painting is the images' last use; a later call lays the book out afresh.
            _layouts.Remove(book);
            layout.Images.Dispose();
        }
    }

    /// <summary>
    /// The pages this writer's PDF of <paramref name="book"/> has, each with its label and the place
    /// in the sources where it begins: what the EPUB needs for its page list. Laid out without painting;
    /// a <see cref="Write"/> of the same book uses the same layout. (A book only ever asked this keeps
    /// its layout, images included, until the book itself is let go.)
    /// </summary>
    public PrintPageMap PageMap(Book book) => LayOut(book).PageMap;

    private LaidOutBook LayOut(Book book) => _layouts.GetValue(book, b => new Lazy<LaidOutBook>(() =>
    {
        var images = new ImageLibrary(b.Template);
        try
        {
            var pages = Paginate(b, images);
            return new LaidOutBook(pages, images, PrintPageMaps.From(pages));
        }
        catch
        {
            images.Dispose();
            throw;
        }
    }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

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
