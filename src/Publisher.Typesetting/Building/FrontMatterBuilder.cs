using Publisher.Core.References;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Images;
using Publisher.Core.Templates;
using Publisher.Layout.Blocks;
using Publisher.Layout.Text;
using Publisher.Typesetting.Images;
using Publisher.Typesetting.Contents;
using Publisher.Typesetting.Styling;
using Publisher.Layout.Structure;
using Block = Publisher.Layout.Blocks.Block;

namespace Publisher.Typesetting.Building;

/// <summary>
/// The pages before the first chapter, from book.yml and the template: the cover (the book's
/// cover image edge to edge, or title, subtitle and authors set large), the title page on a
/// right-hand page, the imprint on its back, and the table of contents on the next right-hand
/// page. Each page opens with a named destination, by which the running lines know to leave
/// the cover, title and imprint pages bare. No words are made up: every text comes from book.yml
/// or the template.
/// </summary>
internal sealed class FrontMatterBuilder(Book book, FontSet fonts, ImageLibrary images, StructureElement document)
{
    // Destination names hold a colon, which chapter slugs never do, so they cannot clash.
    public const string CoverDestination = ":cover";
    public const string TitleDestination = ":title-page";
    public const string ImprintDestination = ":imprint";
    public const string ContentsDestination = ":contents";
    public const string FiguresDestination = ":figures";
    public const string TablesDestination = ":tables";

    /// <summary>Pages that carry neither running heads nor folios, found by the destination they open with.</summary>
    public static readonly IReadOnlySet<string> BarePages = new HashSet<string> { CoverDestination, TitleDestination, ImprintDestination };

    private Template Template => book.Template;

    /// <summary>
    /// What the printed table of contents lists: the bookmarks' entries down to the template's depth.
    /// A book of a single entry (one chapter without sections, like khojaly) gets none: a list of one
    /// line tells the reader nothing the cover has not.
    /// </summary>
    public IReadOnlyList<OutlineEntry> TocEntries { get; } = TocEntriesOf(book);

    private static List<OutlineEntry> TocEntriesOf(Book book)
    {
        if (!book.Template.Toc.Enabled) return [];
        var entries = BookOutline.From(book);
        return entries.Count < 2 ? [] : entries;
    }

    /// <summary>
    /// The lists of figures and of tables the template asks for (<c>toc.list-of-figures</c>, <c>toc.list-of-tables</c>),
    /// each with its title, the destination its page opens with and its entries; a list with nothing numbered is left out.
    /// </summary>
    public IReadOnlyList<(string Title, string Destination, IReadOnlyList<NumberedItem> Items)> Lists { get; } = ListsOf(book);

    private static List<(string, string, IReadOnlyList<NumberedItem>)> ListsOf(Book book)
    {
        var lists = new List<(string, string, IReadOnlyList<NumberedItem>)>();
        void Add(string? title, string destination, ReferenceKind kind)
        {
            var items = book.Numbered.Where(n => n.Kind == kind).ToList();
            if (title is not null && items.Count > 0) lists.Add((title, destination, items));
        }
        Add(book.Template.Toc.FiguresTitle, FiguresDestination, ReferenceKind.Figure);
        Add(book.Template.Toc.TablesTitle, TablesDestination, ReferenceKind.Table);
        return lists;
    }

    /// <summary>The place a list's entry leads to: the figure or table it names.</summary>
    public static string Destination(NumberedItem item) => LinkResolver.Destination(item.Chapter, item.Label);

    private IReadOnlySet<string>? _numberedDestinations;

    /// <summary>Every place whose page number the front matter prints: contents entries, figures and tables listed.</summary>
    public IReadOnlySet<string> NumberedDestinations => _numberedDestinations ??=
        TocEntries.Select(e => e.Destination).Concat(Lists.SelectMany(l => l.Items.Select(Destination))).ToHashSet();

    /// <summary>The front matter's blocks; <paramref name="labels"/> gives each TOC entry's page label by destination.</summary>
    public List<Block> Build(IReadOnlyDictionary<string, string> labels)
    {
        var blocks = new List<Block>();
        AddCover(blocks);
        var imprint = Template.Imprint.Enabled ? ImprintLines() : [];
        // A typographic cover shows what a title page would. With nothing else before the text (no
        // imprint for its back, no contents), a title page would only repeat the cover: the cover is
        // the title page then, and a short booklet (khojaly) keeps to one folded sheet.
        var onlyRepeatsCover = book.Manifest.Cover is null && Template.Cover.Enabled && imprint.Count == 0 && TocEntries.Count == 0
                               && Lists.Count == 0;
        if (Template.TitlePage.Enabled && !onlyRepeatsCover)
        {
            blocks.Add(Opening(TitleDestination, recto: blocks.Count > 0));
            AddTitleBlock(blocks, Template.TitlePage.TopFraction, Template.TitlePage.Title, Template.TitlePage.Subtitle,
                Template.TitlePage.Authors, new StructureElement(StructureRole.Div, document));
        }
        if (imprint is { Count: > 0 } lines)
        {
            blocks.Add(Opening(ImprintDestination, recto: false));
            var part = new StructureElement(StructureRole.Div, document);
            blocks.Add(new PageFootBlock
            {
                Content = lines.Select(line => Styled(line, Template.Imprint.Text) with { Structure = new StructureElement(StructureRole.P, part) }).ToList(),
                TextHeight = Template.Page.TextHeight,
            });
        }
        if (TocEntries.Count > 0) AddContents(blocks, labels);
        foreach (var (title, destination, items) in Lists) AddList(blocks, labels, title, destination, items);
        return blocks;
    }

    private void AddCover(List<Block> blocks)
    {
        if (book.Manifest.Cover is { } cover)
        {
            var image = LoadCover(cover);
            var page = Template.Page;
            blocks.Add(Opening(CoverDestination, recto: false));
            blocks.Add(new FullPageImageBlock
            {
                Structure = new StructureElement(StructureRole.Figure, document) { Alt = CoverText.Alt(book) },
                Source = image.Path,
                Width = image.Image.Width,
                Height = image.Image.Height,
                PageWidth = page.Width,
                PageHeight = page.Height,
                // The cover is the first page, a right-hand page: its inner margin is on the left.
                TextLeft = page.MarginInner,
                TextTop = page.MarginTop,
                TextHeight = page.TextHeight,
            });
        }
        else if (Template.Cover.Enabled)
        {
            var spec = Template.Cover;
            blocks.Add(Opening(CoverDestination, recto: false));
            AddTitleBlock(blocks, spec.TopFraction, spec.Title, spec.Subtitle, spec.Authors, new StructureElement(StructureRole.Div, document));
        }
    }

    private (string Path, LoadedImage Image) LoadCover(string cover)
    {
        var location = book.Manifest.CoverLocation;
        var path = BookPaths.Resolve(book.Directory, cover, location);
        var format = ImageFormats.Detect(path) ?? throw BuildFailedException.At(location, DiagnosticCodes.ImageUnreadable,
            $"cover image '{cover}' is not a PNG, JPEG, GIF or SVG file");
        try
        {
            return (path, images.Load(new BookImage(path, format), location));
        }
        catch (InvalidDataException e)
        {
            throw BuildFailedException.At(location, DiagnosticCodes.ImageUnreadable,
                $"cover image '{cover}' is not a readable {ImageFormats.Name(format)} file: {e.Message}");
        }
    }

    private void AddTitleBlock(List<Block> blocks, double top, BlockStyle title, BlockStyle subtitle, BlockStyle authors, StructureElement part)
    {
        var manifest = book.Manifest;
        blocks.Add(new SpaceBlock(Template.Page.TextHeight * top));
        blocks.Add(Styled(manifest.Title, title) with { Structure = new StructureElement(StructureRole.P, part) });
        if (manifest.Subtitle is { } s) blocks.Add(Styled(s, subtitle) with { Structure = new StructureElement(StructureRole.P, part) });
        if (manifest.Authors.Count > 0)
            blocks.Add(Styled(string.Join(", ", manifest.Authors), authors) with { Structure = new StructureElement(StructureRole.P, part) });
    }

    private List<string> ImprintLines() => Core.Manifest.ImprintLines.Of(book.Manifest);

    private void AddContents(List<Block> blocks, IReadOnlyDictionary<string, string> labels)
    {
        var toc = Template.Toc;
        blocks.Add(Opening(ContentsDestination, recto: blocks.Count > 0) with { Mark = toc.Title });
        var contents = new StructureElement(StructureRole.TOC, document);
        blocks.Add(Styled(toc.Title, toc.TitleStyle) with { Structure = new StructureElement(StructureRole.Caption, contents) });
        foreach (var entry in TocEntries)
            blocks.Add(Entry(entry.Title, entry.Destination, toc.Levels[Math.Min(entry.Depth, toc.Levels.Count - 1)],
                entry.Depth * toc.Indent, labels, contents));
    }

    /// <summary>A list of figures or tables on a page of its own after the contents, set as the contents' first level.</summary>
    private void AddList(List<Block> blocks, IReadOnlyDictionary<string, string> labels, string title, string destination,
        IReadOnlyList<NumberedItem> items)
    {
        var toc = Template.Toc;
        blocks.Add(Opening(destination, recto: blocks.Count > 0) with { Mark = title });
        var list = new StructureElement(StructureRole.TOC, document);
        blocks.Add(Styled(title, toc.TitleStyle) with { Structure = new StructureElement(StructureRole.Caption, list) });
        foreach (var item in items) blocks.Add(Entry(item.Entry, Destination(item), toc.Levels[0], 0, labels, list));
    }

    /// <summary>One entry: its text, a leader, and the page number (empty until the pages are known, the first layout).</summary>
    private LeaderEntryBlock Entry(string title, string destination, BlockStyle style, double indent,
        IReadOnlyDictionary<string, string> labels, StructureElement parent)
    {
        var toc = Template.Toc;
        var text = fonts.Style(style.Text);
        return new LeaderEntryBlock
        {
            Text = new ParagraphBlock
            {
                Runs = [new TextRun(title, text)],
                Leading = style.Text.Leading,
                Align = Alignment.Left,
                LeftIndent = indent,
                // A right-to-left book's contents read from the right, their numbers on the left.
                RightToLeft = RightToLeftBook,
            },
            Number = new TextRun(labels.GetValueOrDefault(destination, ""), text),
            Leader = toc.Leader.Length == 0 ? null : new TextRun(toc.Leader, fonts.Style(style.Text with { Bold = false, Italic = false })),
            NumberColumn = style.Text.Size * 2.5,
            Gap = style.Text.Size * 0.5,
            Destination = destination,
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            Structure = new StructureElement(StructureRole.TOCI, parent),
        };
    }

    /// <summary>Opens a front-matter page: a page break (onto a right-hand page if asked, in a facing layout) and its destination.</summary>
    private MarkerBlock Opening(string destination, bool recto) => new()
    {
        PageBreakBefore = true,
        StartOnRecto = recto && Template.Page.Facing,
        Anchors = [destination],
    };

    private bool RightToLeftBook => Core.Text.TextDirection.IsRightToLeft(book.Manifest.Language);

    // Left is where the text starts: the right in a right-to-left book. A front-matter line never splits over pages.
    private ParagraphBlock Styled(string text, BlockStyle style) =>
        StyledText.Paragraph(text, style, fonts, RightToLeftBook) with { Orphans = int.MaxValue };
}
