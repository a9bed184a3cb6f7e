using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Images;
using Publisher.Core.PrintPages;
using Publisher.Layout;
using Publisher.Layout.Blocks;
using Publisher.Layout.Breaking;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Shaping;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Building;
using Publisher.Typesetting.Contents;
using Publisher.Typesetting.Images;
using Publisher.Typesetting.Pages;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting;

/// <summary>
/// Book + template -> pages: Markdown to layout blocks, the front matter, pagination until the contents'
/// page numbers stop changing, running heads, page labels and the print page map. One instance serves one
/// build: a book is typeset once, whichever writer asks first (the PDF for its pages, the EPUB for its page
/// list), while the other waits.
/// </summary>
public sealed class Typesetter
{
    private readonly ConditionalWeakTable<Book, Lazy<TypesetBook>> _books = new();
    // Books typeset only for where their pages break (an EPUB built without its PDF): the body's glyphs are not set.
    private readonly ConditionalWeakTable<Book, Lazy<TypesetBook>> _unpainted = new();
    private readonly ConditionalWeakTable<Book, object> _painting = new();
    private readonly ConditionalWeakTable<Book, Readers> _readers = new();

    /// <summary>How many writers besides the painter still read a book's pages, and whether the painter has let them go.</summary>
    private sealed class Readers
    {
        public int Count;
        public bool Released;
    }

    /// <summary>
    /// Said before any writer starts, by one that will paint the book's pages (the PDF): the page map is then read from
    /// those pages, typeset once for both formats.
    /// </summary>
    public void WillPaint(Book book) => _painting.AddOrUpdate(book, book);

    /// <summary>
    /// Said before any writer starts, by one that will read the page map and the cover (the EPUB): the pages are kept
    /// for it until it says it is done (<see cref="DoneReading"/>), even if their painter lets them go first.
    /// </summary>
    public void WillRead(Book book)
    {
        var readers = _readers.GetOrCreateValue(book);
        lock (readers) readers.Count++;
    }

    /// <summary>Said by a writer that said <see cref="WillRead"/>, when it no longer needs the pages (whether it succeeded or not).</summary>
    public void DoneReading(Book book)
    {
        if (!_readers.TryGetValue(book, out var readers)) return;
        bool letGo;
        lock (readers)
        {
            readers.Count = Math.Max(0, readers.Count - 1);
            letGo = readers.Count == 0 && readers.Released;
        }
        if (letGo) LetGo(book);
    }

    /// <summary>The book's pages; the first call typesets it, later ones (from another writer) share the result.</summary>
    public TypesetBook Typeset(Book book) => Typeset(_books, book, painted: true);

    // Each book's paragraphs from its earlier builds, by the book's name; null in a plain build.
    private ConcurrentDictionary<string, LineMemory>? _lines;

    /// <summary>
    /// Said by a watcher, whose next builds are of the same books after a small edit: each paragraph's glyphs and lines are
    /// kept for the next build, which sets those it finds unchanged without shaping or breaking them again.
    /// </summary>
    public void KeepLinesBetweenBuilds() => _lines ??= new ConcurrentDictionary<string, LineMemory>(StringComparer.Ordinal);

    /// <summary>
    /// The paragraphs broken in this typesetter's earlier builds of the book named <paramref name="book"/>
    /// (<see cref="KeepLinesBetweenBuilds"/>), or null: a plain build breaks every paragraph once and is done. Each book
    /// has its own, which ages only with its own builds: a project's other books rebuilt meanwhile do not empty it.
    /// </summary>
    public LineMemory? LinesOf(string book) => _lines?.GetOrAdd(book, _ => new LineMemory());

    private TypesetBook Typeset(ConditionalWeakTable<Book, Lazy<TypesetBook>> table, Book book, bool painted) =>
        table.GetValue(book, b => new Lazy<TypesetBook>(() =>
        {
            var images = new ImageLibrary(b.Template);
            try
            {
                var lines = LinesOf(b.Name);
                lines?.StartBuild();
                var (pages, labels, warnings) = Paginate(b, images, painted, lines);
                return new TypesetBook(pages, labels, PrintPageMaps.From(b, pages, labels), BookOutline.From(b), images, warnings);
            }
            catch
            {
                images.Dispose();
                throw;
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// The book as far as its page map and cover need it: the painted pages when a writer paints them in this build
    /// (<see cref="WillPaint"/>) or already has; else laid out without the body's glyphs (<see cref="LayoutContext.SetsGlyphs"/>),
    /// which gives the same pages and breaks in a fraction of the memory. The front matter, the cover among it, is set whole.
    /// </summary>
    public TypesetBook ForPageMap(Book book) =>
        _painting.TryGetValue(book, out _) || _books.TryGetValue(book, out _)
            ? Typeset(book)
            : Typeset(_unpainted, book, painted: false);

    /// <summary>
    /// Lets the book's typeset pages go (and the pictures they hold): the writer that paints them calls it
    /// when done; a later <see cref="Typeset"/> makes them afresh. While another writer still reads them
    /// (<see cref="WillRead"/>), they go when it is done.
    /// </summary>
    public void Release(Book book)
    {
        if (_readers.TryGetValue(book, out var readers))
        {
            lock (readers)
            {
                if (readers.Count > 0)
                {
                    readers.Released = true;
                    return;
                }
            }
        }
        LetGo(book);
    }

    private void LetGo(Book book)
    {
        if (_books.TryGetValue(book, out var typeset) && typeset.IsValueCreated) typeset.Value.Images.Dispose();
        _books.Remove(book);
    }

    /// <summary>
    /// The pages <paramref name="book"/>'s PDF has, each with its label and the place in the sources where it
    /// begins: what the EPUB needs for its page list. (A book only ever asked this keeps its pages, pictures
    /// included, until the book itself is let go.)
    /// </summary>
    public PrintPageMap PageMap(Book book) => ForPageMap(book).PageMap;

    /// <summary>Lays the book out; the pages can be painted into a PDF or, for tests and previews, inspected.</summary>
    public static List<Page> Paginate(Book book)
    {
        using var images = new ImageLibrary(book.Template);
        return Paginate(book, images, painted: true, lines: null).Pages;
    }

    /// <summary>Lays the book out with the images loaded into <paramref name="images"/>, for painting them after.</summary>
    /// <param name="painted">false: the body is laid out without its glyphs (<see cref="LayoutContext.SetsGlyphs"/>), for the page map only</param>
    /// <param name="lines">Paragraphs broken in earlier builds, to reuse (<see cref="KeepLinesBetweenBuilds"/>); null: none.</param>
    private static (List<Page> Pages, PageLabels Labels, IReadOnlyList<Diagnostic> Warnings) Paginate(Book book, ImageLibrary images, bool painted,
        LineMemory? lines)
    {
        var fonts = new FontSet(book.Template, FontLibrary.Shared);
        var fallback = new FontFallback(TemplateFallbacks.Faces(book.Template, FontLibrary.Shared, SystemFonts.Installed),
            SystemFallback.Installed, book.Manifest.Language);
        var context = new LayoutContext(new TextShaper(book.Manifest.Language), fallback) { Lines = lines };
        var document = new StructureElement(StructureRole.Document, null);
        var front = new FrontMatterBuilder(book, fonts, images, document);
        var builder = new BlockBuilder(book, fonts, images, document);
        var index = new Building.BackMatter.IndexBuilder(book, fonts, document);
        var page = book.Template.Page;
        var geometry = new PageGeometry(page.Width, page.Height, page.MarginTop, page.MarginBottom,
            page.MarginInner, page.MarginOuter, page.Facing)
        {
            BoundOnRight = page.Facing && Core.Text.TextDirection.IsRightToLeft(book.Manifest.Language),
        };
        // The text's lines are broken once, before pages are poured, on every core (PrelaidOut): with contents
        // to number, the text is paginated at least twice, and the lines never change between passes.
        // The body's own context: without glyphs when only the page breaks are wanted. The front matter and the index are
        // set in full (the EPUB's cover picture is the print edition's cover page).
        var bodyContext = painted ? context : context.WithoutGlyphs();
        var body = PrelaidOut.WhileBuilt(builder, bodyContext, geometry.TextWidth);
        var bodyStart = LinkResolver.Destination(book.Chapters[0]);

        // The contents' page numbers are only known once the book is laid out, and setting them may
        // change the contents' own length: lay out again until the numbers stop changing (as Typst does).
        IReadOnlyDictionary<string, string> tocLabels = new Dictionary<string, string>();
        // Every place whose page number is printed: the contents' and lists' entries, the places the index names, and
        // those references name with their page ("on page 12").
        var numbered = front.NumberedDestinations.Concat(index.Destinations).Concat(builder.PageReferences).ToHashSet(StringComparer.Ordinal);
        for (var pass = 1; ; pass++)
        {
            var frontBlocks = front.Build(tocLabels);
            var blocks = new List<Block>(frontBlocks.Count + body.Count);
            blocks.AddRange(frontBlocks);
            // After front matter the text starts on a right-hand page, numbered 1, as in a printed book.
            blocks.AddRange(frontBlocks.Count > 0 && page.Facing ? [body[0] with { StartOnRecto = true }, .. body.Skip(1)] : body);
            blocks.AddRange(index.Build(tocLabels));
            // The first pass of a book with contents only finds their page numbers: it never becomes the pages.
            var onlyBreaks = pass == 1 && numbered.Count > 0;
            var pouring = StageTimings.Measure(onlyBreaks ? "typeset: find contents' page numbers" : "typeset: pour pages");
            var pages = new Paginator(context, geometry)
            {
                Footnotes = FootnoteAreaStyle.From(book.Template),
                PadTo = book.Template.Page.PadTo,
                OnlyBreaks = onlyBreaks,
            }.Paginate(blocks);
            pouring.Dispose();
            var labels = PageLabels.For(pages, bodyStart);
            var found = TocLabels(pages, labels, numbered);
            // References that give a page show the numbers of the layout before: where one changed, its paragraph is
            // broken again, and the book laid out again with it.
            var moved = builder.PageReferences.Where(p => found.GetValueOrDefault(p) != context.PageLabels.GetValueOrDefault(p)).ToHashSet(StringComparer.Ordinal);
            var rebroken = false;
            if (moved.Count > 0 && pass < MaxLayoutPasses)
            {
                context.PageLabels = bodyContext.PageLabels = found;
                using (StageTimings.Measure("typeset: break lines again for page references"))
                    rebroken = PrelaidOut.Again(body, bodyContext, geometry.TextWidth, moved);
            }
            if (!onlyBreaks && !rebroken && (numbered.Count == 0 || SameLabels(found, tocLabels) || pass == MaxLayoutPasses))
            {
                // Numbers that still moved on the last layout allowed are printed as the layout before found them.
                if (pass == MaxLayoutPasses && numbered.Count > 0 && (!SameLabels(found, tocLabels) || moved.Count > 0))
                    builder.Warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.PageNumbersUnsettled,
                        $"the page numbers of the contents, the index or references still moved after {MaxLayoutPasses} layouts; some may be a page off",
                        book.Manifest.TemplateLocation));
                // Running heads and folios are print's alone, and never make a page blank or not: a book typeset only for its
                // page map goes without them.
                if (painted)
                    using (StageTimings.Measure("typeset: running heads")) new RunningLines(book, fonts, context, labels).Apply(pages);
                if (fallback.Missing.Count > 0) throw MissingGlyphs(book);
                return (pages, labels, builder.Warnings);
            }
            tocLabels = found;
        }
    }

    /// <summary>
    /// Never a book with empty boxes: a character no font draws (neither the template's nor one installed here)
    /// stops the build at its first place in the sources, as `check` reports it.
    /// </summary>
    private static BuildFailedException MissingGlyphs(Book book)
    {
        var found = Checks.FontCoverageCheck.Run(book, FontLibrary.Shared, SystemFallback.Installed).ToList();
        if (found.Count == 0)
            return BuildFailedException.At(book.Manifest.TemplateLocation, DiagnosticCodes.CharacterNotInFonts,
                "some text of the book is in none of its fonts nor in any font installed on this machine; 'publisher check' lists the characters");
        var first = found[0];
        var more = found.Count - 1;
        return new BuildFailedException(first with
        {
            Message = more == 0 ? first.Message : $"{first.Message} ({more} more such {(more == 1 ? "character" : "characters")}: 'publisher check' lists them all)",
        });
    }

    /// <summary>Enough for any book: the second pass sets the numbers, a third is needed only if that moved a page.</summary>
    private const int MaxLayoutPasses = 4;

    private static Dictionary<string, string> TocLabels(List<Page> pages, PageLabels labels, IReadOnlySet<string> destinations)
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
