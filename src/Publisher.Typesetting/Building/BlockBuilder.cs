using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;
using Publisher.Core.Templates;
using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Building.Code;
using Publisher.Typesetting.Building.Pictures;
using Publisher.Typesetting.Building.Rendering;
using Publisher.Typesetting.Building.Tables;
using Publisher.Typesetting.Images;
using Publisher.Typesetting.Styling;
using MdBlock = Markdig.Syntax.Block;
using Block = Publisher.Layout.Blocks.Block;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building;

/// <summary>
/// Print's renderer over the Markdig tree: each Markdown block becomes layout blocks through the renderer
/// registered for its kind (<see cref="BlockRenderers"/>: headings, paragraphs, figures, code, lists, quotes,
/// tables…, each in its feature's folder), as Markdig's HTML renderer is made of object renderers. This class
/// walks the chapters and holds what the renderers share: the template, the fonts, the hyphenation rules,
/// the code, figure and table builders, and the making of structure elements. All styling comes from the template.
/// </summary>
/// <remarks>
/// Each block also gets its structure element (<see cref="StructureElement"/>, made under <paramref name="document"/>):
/// a section per chapter, headings, paragraphs, lists with their items' labels and bodies, quotes, code,
/// figures with their alternative text and captions, tables down to their cells, and notes: what the PDF's
/// structure tree (its tags) tells a screen reader. An element of a block written in another language
/// (<c>{lang=fr}</c>) says so.
/// </remarks>
internal sealed partial class BlockBuilder(Book book, FontSet fonts, ImageLibrary images, StructureElement document)
{
    public Template Template => book.Template;

    public FontSet Fonts => fonts;

    /// <summary>The places references name with their page ("on page 12", template <c>references.page</c>), by destination.</summary>
    public HashSet<string> PageReferences { get; } = new(StringComparer.Ordinal);

    public CodeRuns Code { get; } = new(fonts, book.Template);

    public FigureBuilder Figures { get; } = new(book.Template, fonts);

    public TableBuilder Tables { get; } = new(book.Template, fonts);

    /// <summary>Body paragraphs only (with those of lists, quotes and notes); headings, code, tables and captions stay whole.</summary>
    public Layout.Hyphenation.HyphenationRules? Hyphenation { get; } = BodyHyphenation.For(book);

    /// <summary>Blocks for every chapter; the pages before them come from <see cref="FrontMatterBuilder"/>.</summary>
    /// <param name="chapterBuilt">Given each chapter's blocks as soon as they are built, while the next is built.</param>
    public List<Block> Build(Action<List<Block>>? chapterBuilt = null)
    {
        var blocks = new List<Block>();
        var chaptersBySource = LinkResolver.BySource(book);
        for (var number = 0; number < book.Chapters.Count; number++)
        {
            var chapter = book.Chapters[number];
            // Each chapter opens a page; the marker carries its destination and running-head mark.
            blocks.Add(new MarkerBlock
            {
                PageBreakBefore = true,
                StartOnRecto = Template.Page.ChaptersOnRecto,
                Anchors = [LinkResolver.Destination(chapter)],
                Mark = chapter.Title,
            });
            var chapterImages = new ChapterImages(book, chapter, images);
            var inlines = new InlineCollector(fonts, Template, new LinkResolver(chaptersBySource, chapter), chapterImages)
            {
                Language = book.LanguageOf(chapter),
                Chapter = chapter,
                PageReferences = PageReferences,
                OnPage = Template.References.OnPageWords ?? Core.References.ReferenceWords.OnPageIn(book.LanguageOf(chapter)),
            };
            // A chapter in another language than the book's says so to a screen reader (/Lang on its Sect).
            var section = new StructureElement(StructureRole.Sect, document) { Language = chapter.Language };
            var context = new ChapterContext(chapter, number, inlines, chapterImages, section);
            inlines.Footnotes = new FootnoteCalls(note => FootnoteBlocks(note, context));
            var first = blocks.Count - 1;
            AddBlocks(chapter.Document, blocks, context, new Frame(0, Template.Body.Text, Alignment(Template.Body.Align), Template.Body.ParagraphSpacing, 0, section));
            chapterBuilt?.Invoke(blocks.GetRange(first, blocks.Count - first));
        }
        return blocks;
    }

    /// <summary>Renders each block of <paramref name="container"/> in turn (a chapter, a quote, a list item).</summary>
    public void AddBlocks(ContainerBlock container, List<Block> blocks, ChapterContext context, Frame frame)
    {
        MdBlock? previous = null;
        foreach (var block in container)
        {
            Add(block, previous, blocks, context, frame);
            previous = block;
        }
    }

    /// <summary>Renders one block with the renderer registered for it, and marks where the layout blocks came from.</summary>
    public void Add(MdBlock block, MdBlock? previous, List<Block> blocks, ChapterContext context, Frame frame)
    {
        var first = blocks.Count;
        BlockRenderers.For(block)?.Render(this, block, new RenderScope(blocks, context, frame, previous));
        // Each layout block remembers the Markdown block it came from (the innermost one: a list
        // item's paragraph, not the list), so the pages can tell where in the chapter they begin,
        // and its source line for the typography report. Blocks from nested Markdown (a list's
        // paragraphs) already carry their own, closer ones.
        var source = new SourceLine(context.Chapter.DisplayPath, block.Line + 1);
        // The language and direction are the innermost block's, decided with its source line: code stays left to right.
        var language = LanguageOf(block, context.Chapter);
        var rightToLeft = RightToLeft(block, language);
        var otherLanguage = language == book.Manifest.Language ? null : language;
        for (var i = first; i < blocks.Count; i++)
        {
            var marked = blocks[i].Origin is null ? blocks[i] with { Origin = new BlockOrigin(context.ChapterNumber, block.Span.Start) } : blocks[i];
            blocks[i] = marked switch
            {
                ParagraphBlock { Source: null } p => p with
                {
                    Source = source, RightToLeft = rightToLeft && p.ContinuationMark is null, Language = otherLanguage,
                    Hyphenation = p.Hyphenation is null || otherLanguage is null ? p.Hyphenation : HyphenationFor(otherLanguage),
                },
                TableBlock { Source: null } t => t with { Source = source, RightToLeft = rightToLeft },
                ImageBlock { Caption: { Source: null } caption } image => image with
                    { Caption = caption with { Source = source, RightToLeft = rightToLeft, Language = otherLanguage } },
                var other => other,
            };
        }
    }

    /// <summary>
    /// The structure element of <paramref name="source"/>, in <paramref name="parent"/>: with the language its
    /// attributes give (<c>{lang=fr}</c>, kept only when a BCP 47 tag, see AttributeRules), for the PDF's /Lang.
    /// </summary>
    public StructureElement Element(StructureRole role, StructureElement? parent, MdBlock source, string? alt = null) =>
        new(role, parent) { Language = Core.Markdown.BlockLanguage.Own(source), Alt = alt };

    /// <summary>The language a block is written in: its own or its nearest container's <c>{lang=…}</c>, else its chapter's.</summary>
    public string LanguageOf(MdBlock block, Chapter chapter) => Core.Markdown.BlockLanguage.Nearest(block) ?? book.LanguageOf(chapter);

    /// <summary>
    /// Whether a block is written right to left: its own or its nearest container's <c>{dir=rtl}</c>, else as its
    /// language is written.
    /// </summary>
    public static bool RightToLeft(MdBlock block, string language)
    {
        for (MdBlock? b = block; b is not null; b = b.Parent)
        {
            var dir = b.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "dir").Value;
            if (dir is "rtl" or "ltr") return dir == "rtl";
        }
        return Core.Text.TextDirection.IsRightToLeft(language);
    }

    private readonly Dictionary<string, Layout.Hyphenation.HyphenationRules?> _hyphenation = [];

    /// <summary>Body hyphenation for text in another language than the book's: its patterns, or none.</summary>
    private Layout.Hyphenation.HyphenationRules? HyphenationFor(string language)
    {
        if (!_hyphenation.TryGetValue(language, out var rules)) _hyphenation[language] = rules = BodyHyphenation.For(book, language);
        return rules;
    }

    /// <summary>A paragraph of one run of plain text in the frame's style (an empty one holds a list item's marker).</summary>
    public ParagraphBlock Plain(string text, Frame frame) => new()
    {
        Runs = text.Length == 0 ? [new TextRun(" ", fonts.Style(frame.Text))] : [new TextRun(text, fonts.Style(frame.Text))],
        Leading = frame.Text.Leading,
        Align = frame.Align,
        LeftIndent = frame.Indent,
        Widows = Template.Body.Widows,
        Orphans = Template.Body.Orphans,
    };

    /// <summary>Adds space before the first and after the last of the blocks from <paramref name="first"/> on.</summary>
    public static void SpaceAround(List<Block> blocks, int first, double before, double after)
    {
        if (blocks.Count <= first) return;
        blocks[first] = blocks[first] with { SpaceBefore = Math.Max(blocks[first].SpaceBefore, before) };
        blocks[^1] = blocks[^1] with { SpaceAfter = Math.Max(blocks[^1].SpaceAfter, after) };
    }

    public static Alignment Alignment(TextAlign align) => align switch
    {
        TextAlign.Right => Layout.Blocks.Alignment.Right,
        TextAlign.Center => Layout.Blocks.Alignment.Center,
        TextAlign.Justify => Layout.Blocks.Alignment.Justify,
        _ => Layout.Blocks.Alignment.Left,
    };
}
