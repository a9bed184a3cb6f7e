using System.Collections.Concurrent;
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
using Publisher.Typesetting;
using Publisher.Typesetting.Building;
using Publisher.Typesetting.Images;
using Publisher.Typesetting.Pages;
using Publisher.Pdf.Painting;
using Publisher.Pdf.Rendering;
using Publisher.Pdf.Writer;
using Publisher.Typesetting.Styling;

namespace Publisher.Pdf;

/// <summary>The PDF backend: a typeset book (<see cref="Typesetter"/>) -> PDF bytes, and the imposed booklet beside it.</summary>
public sealed class PdfBookWriter(Typesetter typesetter) : IBookWriter
{
    /// <summary>A writer with a typesetter of its own, for a build that makes only the PDF.</summary>
    public PdfBookWriter() : this(new Typesetter()) { }

    public OutputFormat Format => OutputFormat.Pdf;
    public string Extension => "pdf";

    /// <summary>This build paints the book: the EPUB's page map comes from the same typeset pages.</summary>
    public void Expect(Book book) => typesetter.WillPaint(book);

    /// <summary>
    /// The typesetter keeps each paragraph's lines for the next build (shared with the EPUB's page map), and this writer
    /// each book's compressed streams (<see cref="DeflateMemory"/>).
    /// </summary>
    public void KeepBetweenBuilds()
    {
        typesetter.KeepLinesBetweenBuilds();
        _compressed ??= new ConcurrentDictionary<string, DeflateMemory>(StringComparer.Ordinal);
    }

    // Each book's streams from its earlier builds, by the book's name; null in a plain build.
    private ConcurrentDictionary<string, DeflateMemory>? _compressed;

    /// <summary>
    /// Streams compressed in this writer's earlier builds of the book named <paramref name="book"/>, when it keeps them
    /// (<see cref="KeepBetweenBuilds"/>). Each book's streams age only with its own builds.
    /// </summary>
    public DeflateMemory? CompressedOf(string book) => _compressed?.GetOrAdd(book, _ => new DeflateMemory());

    public WriteResult Write(Book book, Stream output)
    {
        var typeset = typesetter.Typeset(book);
        try
        {
            var pages = typeset.Pages;
            var info = DocumentInfo.From(book);
            var compressed = CompressedOf(book.Name);
            compressed?.StartBuild();
            // The report is read from the pages before they are written, and let go one by one as they are; a booklet
            // to impose keeps them for its second painting.
            var result = new WriteResult(pages.Count) { Report = TypographyReport.From(pages).Lines(), Warnings = typeset.Warnings };
            var imposing = book.Template.Page.Imposition == PageImposition.SaddleStitch && pages.Count <= MaxSaddleStitchPages;
            using (StageTimings.Measure("pdf: write"))
                PdfDocumentWriter.Write(output, pages, typeset.Images, info, typeset.Outline, typeset.Labels,
                    PrintBoxes.From(book.Template.Page), new Standards.PdfStandard(book.Template.Pdf), compressed,
                    imposing ? null : typeset.LetGoOfPage);
            if (book.Template.Page.Imposition != PageImposition.SaddleStitch) return result;
            if (pages.Count > MaxSaddleStitchPages) return result with { Warnings = [.. typeset.Warnings, TooLongToImpose(book, pages.Count)] };
            return result with { Companions = [Imposed(pages, typeset.Images, info)] };
        }
        finally
        {
            // Writing is the pages' last use; a later call typesets the book afresh.
            typesetter.Release(book);
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
    private static CompanionFile Imposed(IReadOnlyList<Page> pages, ImageLibrary images, DocumentInfo info)
    {
        using var imposed = new MemoryStream();
        using (StageTimings.Measure("pdf: impose")) ImposedWriter.Write(imposed, pages, images, info);
        return new CompanionFile(OutputNames.ImposedSuffix, imposed.ToArray(), SaddleStitch.Sides(pages.Count).Count);
    }

    /// <summary>
    /// How to paint the typographic cover of this writer's PDF of <paramref name="book"/> (title, subtitle and
    /// authors set as the template's cover section says) as a PNG picture, for the EPUB's cover image; null when
    /// the book has a cover image of its own or the PDF no cover. The cover is typeset now, with the pages the
    /// EPUB's page list comes from; the painting (a 1600-pixel raster) may run beside the EPUB's other work.
    /// </summary>
    public Func<byte[]>? TypographicCover(Book book)
    {
        if (book.Manifest.Cover is not null || !book.Template.Cover.Enabled) return null;
        var typeset = typesetter.ForPageMap(book);
        return typeset.CoverPage is { } cover ? () => CoverPicture.Paint(cover, typeset.Images, CompressedOf(book.Name)) : null;
    }
}
