using Publisher.Layout.Fonts;
using Publisher.Core.Text;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Manifest;
using Publisher.Core.Output;
using Publisher.Core.PrintPages;

namespace Publisher.Epub;

/// <summary>
/// The EPUB 3 backend: one XHTML file per chapter (Markdig's tree through an XHTML
/// renderer), a stylesheet generated from the template, the template's fonts cut down
/// to the book's characters, the package document and the navigation document, zipped.
/// </summary>
/// <param name="printEdition">the print edition's pages, for the page list (none without it)</param>
/// <param name="typographicCover">for a book without a cover image, how to paint the print edition's typographic
/// cover as a PNG picture, which becomes the cover image (none without it)</param>
/// <param name="readingPrintEdition">told before a build's writers start that this one will read the print edition
/// (<c>true</c>), and when it no longer needs it (<c>false</c>): the pages are kept for it meanwhile</param>
public sealed class EpubBookWriter(Func<Book, PrintPageMap?>? printEdition = null,
    Func<Book, Func<byte[]>?>? typographicCover = null, Action<Book, bool>? readingPrintEdition = null) : IBookWriter
{
    public OutputFormat Format => OutputFormat.Epub;
    public string Extension => "epub";

    public void Expect(Book book) => readingPrintEdition?.Invoke(book, true);

    public WriteResult Write(Book book, Stream output)
    {
        try { return WriteEpub(book, output); }
        // The print edition's cover is painted within the write: the pages may go once it is over.
        finally { readingPrintEdition?.Invoke(book, false); }
    }

    private WriteResult WriteEpub(Book book, Stream output)
    {
        var language = book.Manifest.Language;
        var links = new ChapterLinks(book.Chapters);
        var images = new EpubImages(book);

        // The chapters need the print edition only for their page-break markers: they are rendered on the cores its
        // layout leaves idle, and marked once its pages are known.
        var rendering = Task.Run(() => RenderChapters(book, images, links));
        // The print edition's page breaks, when the caller can lay the book out (the CLI, through the typesetter).
        PrintPageMap? printEditionPages;
        using (StageTimings.Measure("epub: print edition's pages")) printEditionPages = printEdition?.Invoke(book);
        var rendered = rendering.GetAwaiter().GetResult();
        var cover = Cover(book) ?? TypographicCover(book);
        // The typographic cover is painted on another core while the chapters are written; its bytes are needed only in the zip.
        var coverData = cover is { } c ? Task.Run(() => { using (StageTimings.Measure("epub: cover")) return c.Data(); }) : null;
        var printPages = new PrintPageList(book, printEditionPages, hasCover: cover is not null,
            hasImprint: ImprintPageWriter.HasPage(book));

        // Content documents in reading order.
        var writing = StageTimings.Measure("epub: XHTML documents");
        var pages = new List<(ManifestItem Item, string Xhtml)>();
        if (cover is not null)
            pages.Add((new ManifestItem("cover", EpubPaths.CoverPage, EpubMediaTypes.Xhtml, InSpine: true),
                CoverPageWriter.Write(book, cover.Value.Item.Href, printPages.FrontMatterMarkers(EpubPaths.CoverPage))));
        if (book.Template.TitlePage.Enabled)
            pages.Add((new ManifestItem("title-page", EpubPaths.TitlePage, EpubMediaTypes.Xhtml, InSpine: true),
                TitlePageWriter.Write(book, printPages.FrontMatterMarkers(EpubPaths.TitlePage))));
        var imprint = ImprintPageWriter.Write(book, printPages.FrontMatterMarkers(EpubPaths.ImprintPage));
        if (imprint is not null)
            pages.Add((new ManifestItem("imprint", EpubPaths.ImprintPage, EpubMediaTypes.Xhtml, InSpine: true), imprint));
        // The first chapter's problem is the one reported, whichever core met it first.
        foreach (var chapter in rendered) chapter.Failure?.Throw();
        var chapterPages = rendered.Select((chapter, i) =>
            (chapter.Item, ChapterPageWriter.Write(book, book.Chapters[i], chapter.Body!.Marked(printPages.ForChapter(i))))).ToList();
        var chapterCodePoints = rendered.Select(chapter => chapter.CodePoints!);
        // The documents besides the chapters, whose characters the fonts must hold too.
        var otherPages = pages.ToList();
        pages.AddRange(chapterPages);
        // The index after the text, in the reading order, as in print.
        if (book.IndexTitle is { } indexTitle)
        {
            var index = (new ManifestItem("index", EpubPaths.Index, EpubMediaTypes.Xhtml, InSpine: true),
                IndexDocumentWriter.Write(book, indexTitle, printEditionPages, printPages));
            pages.Add(index);
            otherPages.Add(index);
        }
        var navigation = NavigationDocumentWriter.Write(book, hasCover: cover is not null, hasImprint: imprint is not null,
            printPages.Targets);
        var ncx = NcxWriter.Write(book, printPages.Targets);
        writing.Dispose();
        var subsetting = StageTimings.Measure("epub: fonts");

        var codePoints = new HashSet<int>();
        foreach (var (item, xhtml) in otherPages) codePoints.UnionWith(XhtmlPage.VisibleCodePoints(xhtml, item.Href));
        foreach (var points in chapterCodePoints) codePoints.UnionWith(points);
        codePoints.UnionWith(XhtmlPage.VisibleCodePoints(navigation, EpubPaths.Navigation));
        var fonts = EmbeddedFonts.For(book.Template, FontUsage.Of(book), codePoints, language, SystemFallback.Installed);
        // A stand-in face may serve several template faces: its file goes in once.
        var fontFiles = fonts.DistinctBy(f => f.Href).ToList();
        var stylesheet = StylesheetGenerator.Generate(book.Template, fonts, index: book.IndexTitle is not null,
            formulas: pages.Any(p => p.Xhtml.Contains("class=\"equation", StringComparison.Ordinal)));
        subsetting.Dispose();

        var items = new List<ManifestItem>
        {
            new("ncx", EpubPaths.Ncx, EpubMediaTypes.Ncx),
            new("style", EpubPaths.Stylesheet, EpubMediaTypes.Css),
        };
        items.AddRange(pages.Select(p => p.Item));
        // In the spine, after the text and outside the reading order, so the landmarks can point at it.
        items.Add(new ManifestItem("nav", EpubPaths.Navigation, EpubMediaTypes.Xhtml, Properties: "nav", InSpine: true, Linear: false));
        items.AddRange(fontFiles.Select((f, i) => new ManifestItem($"font-{i + 1}", f.Href, EpubMediaTypes.ForFont(f.Href))));
        items.AddRange(images.Items);
        if (cover is not null) items.Add(cover.Value.Item);

        using var zipping = StageTimings.Measure("epub: zip");
        var archive = new EpubArchive();
        archive.Add(EpubPaths.Container, ContainerWriter.Write(EpubPaths.InZip(EpubPaths.Package)));
        archive.Add(EpubPaths.InZip(EpubPaths.Package), PackageDocumentWriter.Write(book, items,
            new Accessibility(HasImages: cover is not null || images.Items.Any(), AllImagesHaveAltText: images.AllHaveAltText,
                HasPageList: printPages.Targets.Count > 0)));
        archive.Add(EpubPaths.InZip(EpubPaths.Navigation), navigation);
        archive.Add(EpubPaths.InZip(EpubPaths.Ncx), ncx);
        archive.Add(EpubPaths.InZip(EpubPaths.Stylesheet), stylesheet);
        foreach (var (item, xhtml) in pages) archive.Add(EpubPaths.InZip(item.Href), xhtml);
        foreach (var font in fontFiles) archive.Add(EpubPaths.InZip(font.Href), font.Data);
        foreach (var (href, data, compress) in images.Files()) archive.Add(EpubPaths.InZip(href), data, compress);
        if (cover is not null) archive.Add(EpubPaths.InZip(cover.Value.Item.Href), coverData!.GetAwaiter().GetResult());
        archive.WriteTo(output, book.Timestamp);
        return new WriteResult(null);
    }

    /// <summary>A chapter's body before its page-break markers, its manifest item, the characters it shows; or its failure.</summary>
    private sealed record ChapterResult(RenderedChapter? Body, ManifestItem Item, IEnumerable<int>? CodePoints,
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? Failure);

    /// <summary>Each chapter is its own document, rendered from its own syntax tree: on every core, kept in reading order.</summary>
    private static ChapterResult[] RenderChapters(Book book, EpubImages images, ChapterLinks links)
    {
        using var writing = StageTimings.Measure("epub: XHTML documents");
        var results = new ChapterResult[book.Chapters.Count];
        Parallel.For(0, book.Chapters.Count, i =>
        {
            var chapter = book.Chapters[i];
            var item = new ManifestItem("chapter-" + chapter.Slug, EpubPaths.Chapter(chapter.Slug), EpubMediaTypes.Xhtml, InSpine: true);
            try
            {
                var body = XhtmlChapterRenderer.Unmarked(chapter.Document, images.Rewriter(chapter, links.For(chapter)));
                // Markers add no text: the page without them shows the same characters (for the fonts' subsets) and is
                // XML exactly when the marked one is.
                var xhtml = ChapterPageWriter.Write(book, chapter, body.Marked(null));
                // A document with formulas says so (EPUB's mathml property), for reading systems that render MathML.
                if (xhtml.Contains("<math ", StringComparison.Ordinal)) item = item with { Properties = "mathml" };
                results[i] = new ChapterResult(body, item, XhtmlPage.VisibleCodePoints(xhtml, item.Href), null);
            }
            catch (Exception e)
            {
                results[i] = new ChapterResult(null, item, null, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e));
            }
        });
        return results;
    }

    /// <summary>
    /// Without a cover image, the print edition's typographic cover as one: a library shows the book's title
    /// rather than a blank tile. Asked for right after the page list, while the book's layout is still shared.
    /// </summary>
    private (ManifestItem Item, Func<byte[]> Data)? TypographicCover(Book book) =>
        typographicCover?.Invoke(book) is { } paint
            ? (new ManifestItem("cover-image", "cover.png", EpubMediaTypes.ForImage("cover.png")!, Properties: "cover-image"), paint)
            : null;

    /// <summary>The cover image named in book.yml, which reading systems show in their library.</summary>
    private static (ManifestItem Item, Func<byte[]> Data)? Cover(Book book)
    {
        if (book.Manifest.Cover is not { } cover) return null;
        var location = SourceLocation.File(Path.Combine(book.Directory, "book.yml"));
        var file = BookPaths.Resolve(book.Directory, cover, location);
        var mediaType = EpubMediaTypes.ForImage(file) ?? throw BuildFailedException.At(location, DiagnosticCodes.BadValue,
            $"'cover': '{cover}' is not an image type every EPUB reader shows; use a JPEG, PNG, GIF or SVG file");
        var href = "cover" + Path.GetExtension(file).ToLowerInvariant();
        try
        {
            var bytes = EpubImages.Bytes(file, mediaType);
            return (new ManifestItem("cover-image", href, mediaType, Properties: "cover-image"), () => bytes);
        }
        catch (InvalidDataException e)
        {
            throw BuildFailedException.At(location, DiagnosticCodes.ImageUnreadable, $"cover image '{cover}' is not a readable SVG file: {e.Message}");
        }
    }
}
