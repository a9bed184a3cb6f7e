using System.Runtime.CompilerServices;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Images;
using Publisher.Core.Manifest;
using Publisher.Core.Output;
using Publisher.Core.PrintPages;
using Publisher.Core.Templates;
using Publisher.Layout;
using Publisher.Layout.Blocks;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Report;
using Publisher.Layout.Shaping;
using Publisher.Layout.Text;
using Publisher.Pdf.Building;
using Publisher.Pdf.Images;
using Publisher.Pdf.Pages;
using Publisher.Pdf.Painting;
using Publisher.Pdf.Rendering;
using Publisher.Pdf.Styling;

namespace Publisher.Pdf;

/// <summary>The PDF backend: Book + template -> layout blocks -> pages -> PDF.</summary>
public sealed class PdfBookWriter : IBookWriter
{
    public OutputFormat Format => OutputFormat.Pdf;
    public string Extension => "pdf";

    // A book is laid out once for both its PDF and its EPUB's page list, whichever asks first,
    // while the other waits; painting and the EPUB then go on side by side.
    private readonly ConditionalWeakTable<Book, Lazy<LaidOutBook>> _layouts = new();

    private sealed record LaidOutBook(List<Page> Pages, PageLabels Labels, ImageLibrary Images, PrintPageMap PageMap,
        IReadOnlyList<Diagnostic> Warnings);

    public WriteResult Write(Book book, Stream output)
    {
        var layout = LayOut(book);
        try
        {
            var (pages, labels) = (layout.Pages, layout.Labels);
            var info = DocumentInfo.From(book);
            PdfDocumentWriter.Write(output, pages, layout.Images, info, PdfOutline.From(book), labels, PrintBoxes.From(book.Template.Page));
            var result = new WriteResult(pages.Count) { Report = TypographyReport.From(pages).Lines(), Warnings = layout.Warnings };
            if (book.Template.Page.Imposition != PageImposition.SaddleStitch) return result;
            if (pages.Count > MaxSaddleStitchPages) return result with { Warnings = [.. layout.Warnings, TooLongToImpose(book, pages.Count)] };
            return result with { Companions = [Imposed(pages, layout.Images, info)] };
        }
        finally
        {
            // Writing is the images' last use; a later call lays the book out afresh.
            _layouts.Remove(book);
            layout.Images.Dispose();
        }
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
    private static CompanionFile Imposed(List<Page> pages, ImageLibrary images, DocumentInfo info)
    {
        using var imposed = new MemoryStream();
        ImposedWriter.Write(imposed, pages, images, info);
        return new CompanionFile(OutputNames.ImposedSuffix, imposed.ToArray(), SaddleStitch.Sides(pages.Count).Count);
    }

    /// <summary>
    /// The pages this writer's PDF of <paramref name="book"/> has, each with its label and the place
    /// in the sources where it begins: what the EPUB needs for its page list. Laid out without painting;
    /// a <see cref="Write"/> of the same book uses the same layout. (A book only ever asked this keeps
    /// its layout, images included, until the book itself is let go.)
    /// </summary>
    public PrintPageMap PageMap(Book book) => LayOut(book).PageMap;

    /// <summary>
    /// The typographic cover of this writer's PDF of <paramref name="book"/> (title, subtitle and authors set
    /// as the template's cover section says) as a PNG picture, for the EPUB's cover image; null when the book
    /// has a cover image of its own or the PDF no cover. Painted from the same layout as <see cref="PageMap"/>.
    /// </summary>
    public byte[]? TypographicCover(Book book)
    {
        if (book.Manifest.Cover is not null || !book.Template.Cover.Enabled) return null;
        var layout = LayOut(book);
        var cover = layout.Pages.FirstOrDefault(p => p.Items.OfType<DestinationItem>()
            .Any(d => d.Name == FrontMatterBuilder.CoverDestination));
        return cover is null ? null : CoverPicture.Paint(cover, layout.Images);
    }

    private LaidOutBook LayOut(Book book) => _layouts.GetValue(book, b => new Lazy<LaidOutBook>(() =>
    {
        var images = new ImageLibrary(b.Template);
        try
        {
            var (pages, labels, warnings) = Paginate(b, images);
            return new LaidOutBook(pages, labels, images, PrintPageMaps.From(pages, labels), warnings);
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
        return Paginate(book, images).Pages;
    }

    /// <summary>Lays the book out with the images loaded into <paramref name="images"/>, for painting them after.</summary>
    internal static (List<Page> Pages, PageLabels Labels, IReadOnlyList<Diagnostic> Warnings) Paginate(Book book, ImageLibrary images)
    {
        images.Prefetch(BookImages.All(book));
        var fonts = new FontSet(book.Template, FontLibrary.Shared);
        var fallback = new FontFallback(book.Template.FallbackFonts.Select(FontLibrary.Shared.Load).ToList());
        var context = new LayoutContext(new TextShaper(book.Manifest.Language), fallback);
        var front = new FrontMatterBuilder(book, fonts, images);
        var builder = new BlockBuilder(book, fonts, images);
        var body = builder.Build();
        // With contents to number, the text is paginated at least twice: its lines are broken only once.
        if (front.TocEntries.Count > 0) body = body.Select(b => (Block)new LaidOutOnce(b)).ToList();
        var page = book.Template.Page;
        var geometry = new PageGeometry(page.Width, page.Height, page.MarginTop, page.MarginBottom,
            page.MarginInner, page.MarginOuter, page.Facing);
        var bodyStart = LinkResolver.Destination(book.Chapters[0]);

        // The contents' page numbers are only known once the book is laid out, and setting them may
        // change the contents' own length: lay out again until the numbers stop changing (as Typst does).
        IReadOnlyDictionary<string, string> tocLabels = new Dictionary<string, string>();
        for (var pass = 1; ; pass++)
        {
            var frontBlocks = front.Build(tocLabels);
            var blocks = new List<Block>(frontBlocks.Count + body.Count);
            blocks.AddRange(frontBlocks);
            // After front matter the text starts on a right-hand page, numbered 1, as in a printed book.
            blocks.AddRange(frontBlocks.Count > 0 && page.Facing ? [body[0] with { StartOnRecto = true }, .. body.Skip(1)] : body);
            var pages = new Paginator(context, geometry)
            {
                Footnotes = FootnoteAreaStyle.From(book.Template),
                PadTo = book.Template.Page.PadTo,
            }.Paginate(blocks);
            var labels = PageLabels.For(pages, bodyStart);
            var found = TocLabels(pages, labels, front.TocEntries.Select(e => e.Destination).ToHashSet());
            if (front.TocEntries.Count == 0 || SameLabels(found, tocLabels) || pass == MaxLayoutPasses)
            {
                new RunningLines(book, fonts, context, labels).Apply(pages);
                return (pages, labels, builder.Warnings);
            }
            tocLabels = found;
        }
    }

    /// <summary>Enough for any book: the second pass sets the numbers, a third is needed only if that moved a page.</summary>
    private const int MaxLayoutPasses = 4;

    private static Dictionary<string, string> TocLabels(List<Page> pages, PageLabels labels, HashSet<string> destinations)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            foreach (var item in pages[i].Items)
                if (item is DestinationItem d && destinations.Contains(d.Name)) found.TryAdd(d.Name, labels.Label(i));
        return found;
    }

    private static bool SameLabels(Dictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
