using System.Text.RegularExpressions;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;
using Publisher.Core.Markdown;
using Publisher.Core.Templates;
using Publisher.Layout.Blocks;
using Publisher.Layout.Breaking;
using Publisher.Layout.Pages;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Images;
using Publisher.Typesetting.Styling;
using MdBlock = Markdig.Syntax.Block;
using Block = Publisher.Layout.Blocks.Block;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building;

/// <summary>
/// The PDF backend's renderer over the Markdig tree: each Markdown block becomes layout
/// blocks (paragraphs of styled runs, headings that keep with what follows, code on a
/// tint, lists with markers in the hanging indent). All styling comes from the template.
/// </summary>
/// <remarks>
/// Each block also gets its structure element (<see cref="StructureElement"/>, made under <paramref name="document"/>):
/// a section per chapter, headings, paragraphs, lists with their items' labels and bodies, quotes, code,
/// figures with their alternative text and captions, tables down to their cells, and notes: what the PDF's
/// structure tree (its tags) tells a screen reader.
/// </remarks>
internal sealed partial class BlockBuilder(Book book, FontSet fonts, ImageLibrary images, StructureElement document)
{
    private readonly FigureBuilder _figures = new(book.Template, fonts);

    private Template Template => book.Template;
    private readonly CodeRuns _code = new(fonts, book.Template);
    // Body paragraphs only (with those of lists, quotes and notes); headings, code, tables and captions stay whole.
    private readonly Layout.Hyphenation.HyphenationRules? _hyphenation = BodyHyphenation.For(book);

    /// <summary>Blocks for every chapter; the pages before them come from <see cref="FrontMatterBuilder"/>.</summary>
    public List<Block> Build()
    {
        var blocks = new List<Block>();
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
            var inlines = new InlineCollector(fonts, Template, new LinkResolver(book, chapter), chapterImages);
            var section = new StructureElement(StructureRole.Sect, document);
            var context = new Context(chapter, number, inlines, chapterImages, section);
            inlines.Footnotes = new FootnoteCalls(note => FootnoteBlocks(note, context));
            AddBlocks(chapter.Document, blocks, context, new Frame(0, Template.Body.Text, Alignment(Template.Body.Align), Template.Body.ParagraphSpacing, 0, section));
        }
        return blocks;
    }

    /// <param name="Section">The chapter's structure element.</param>
    private sealed record Context(Chapter Chapter, int ChapterNumber, InlineCollector Inlines, ChapterImages Images, StructureElement Section);

    /// <summary>Where nested content sits: its left indent, text style, the space between its
    /// paragraphs (none in a tight list), how deep in lists it is (for the bullet's shape) and the
    /// structure element its blocks' elements are made in.</summary>
    private sealed record Frame(double Indent, TextStyleSpec Text, Alignment Align, double ParagraphSpace, int ListDepth, StructureElement Parent);

    private void AddBlocks(ContainerBlock container, List<Block> blocks, Context context, Frame frame)
    {
        MdBlock? previous = null;
        foreach (var block in container)
        {
            Add(block, previous, blocks, context, frame);
            previous = block;
        }
    }

    private void Add(MdBlock block, MdBlock? previous, List<Block> blocks, Context context, Frame frame)
    {
        var first = blocks.Count;
        AddUnmarked(block, previous, blocks, context, frame);
        // Each layout block remembers the Markdown block it came from (the innermost one: a list
        // item's paragraph, not the list), so the pages can tell where in the chapter they begin,
        // and its source line for the typography report. Blocks from nested Markdown (a list's
        // paragraphs) already carry their own, closer ones.
        var source = new SourceLine(context.Chapter.DisplayPath, block.Line + 1);
        for (var i = first; i < blocks.Count; i++)
        {
            var marked = blocks[i].Origin is null ? blocks[i] with { Origin = new BlockOrigin(context.ChapterNumber, block.Span.Start) } : blocks[i];
            blocks[i] = marked switch
            {
                ParagraphBlock { Source: null } p => p with { Source = source },
                TableBlock { Source: null } t => t with { Source = source },
                ImageBlock { Caption: { Source: null } caption } image => image with { Caption = caption with { Source = source } },
                var other => other,
            };
        }
    }

    private void AddUnmarked(MdBlock block, MdBlock? previous, List<Block> blocks, Context context, Frame frame)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup:
                break;
            case FootnoteGroup:
                // Notes are set at the foot of the pages that call them (BlockBuilder.Footnotes.cs).
                break;
            case HeadingBlock heading:
                blocks.Add(Heading(heading, context) with { Structure = new StructureElement(StructureElement.Heading(heading.Level), frame.Parent) });
                break;
            case MdParagraph figure when Figures.Image(figure) is { } image:
                var figureElement = new StructureElement(StructureRole.Figure, frame.Parent) { Alt = Figures.AltText(image) };
                var built = _figures.Build(image, context.Images, context.Inlines, frame.Indent);
                blocks.Add(built with
                {
                    Structure = figureElement,
                    Caption = built.Caption is { } caption ? caption with { Structure = new StructureElement(StructureRole.Caption, figureElement) } : null,
                });
                break;
            case MdParagraph paragraph:
                var body = Template.Body;
                // A paragraph after a figure starts flush, as after a heading (and as in the EPUB).
                var follows = previous is MdParagraph prior && Figures.Image(prior) is null && frame.Indent == 0;
                blocks.Add(new ParagraphBlock
                {
                    Runs = context.Inlines.Collect(paragraph.Inline, frame.Text),
                    Leading = frame.Text.Leading,
                    Align = frame.Align,
                    LeftIndent = frame.Indent,
                    FirstLineIndent = follows ? body.Indent : 0,
                    LineBreaking = body.LineBreaking == LineBreakingMode.FirstFit ? LineBreaking.FirstFit : LineBreaking.TotalFit,
                    Hyphenation = _hyphenation,
                    Widows = body.Widows,
                    Orphans = body.Orphans,
                    SpaceBefore = frame.ParagraphSpace,
                    SpaceAfter = frame.ParagraphSpace,
                    Structure = new StructureElement(StructureRole.P, frame.Parent),
                });
                break;
            case CodeBlock code:
                // Code is an inline element in PDF's structure types: a listing is code in a paragraph of its own.
                blocks.Add(Code(code, frame) with { Structure = new StructureElement(StructureRole.Code, new StructureElement(StructureRole.P, frame.Parent)) });
                break;
            case ListBlock list:
                AddList(list, blocks, context, frame);
                break;
            case QuoteBlock quote:
                var q = Template.Quote;
                var first = blocks.Count;
                AddBlocks(quote, blocks, context, new Frame(Nested(frame.Indent, q.Indent, quote, context), q.Block.Text, Alignment(q.Block.Align),
                    Template.Body.ParagraphSpacing, frame.ListDepth, new StructureElement(StructureRole.BlockQuote, frame.Parent)));
                SpaceAround(blocks, first, q.Block.SpaceBefore, q.Block.SpaceAfter);
                break;
            case ThematicBreakBlock:
                blocks.Add(new RuleBlock
                {
                    WidthFraction = 0.3,
                    Thickness = 0.6,
                    Color = Colors.Parse(Template.Body.Text.Color),
                    SpaceBefore = Template.Body.Text.Leading,
                    SpaceAfter = Template.Body.Text.Leading,
                });
                break;
            case HtmlBlock html:
                var text = HtmlText(html.Lines.ToString());
                if (text.Length > 0) blocks.Add(Plain(text, frame) with { Structure = new StructureElement(StructureRole.P, frame.Parent) });
                break;
            case DefinitionList definitions:
                AddDefinitions(definitions, blocks, context, frame);
                break;
            case Table table:
                blocks.Add(new TableBuilder(Template, fonts).Build(table, context.Inlines, frame.Indent, frame.Parent));
                break;
            case ContainerBlock other:
                // A custom container (::: note) is a division of its own.
                AddBlocks(other, blocks, context, frame with { Parent = new StructureElement(StructureRole.Div, frame.Parent) });
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                blocks.Add(new ParagraphBlock
                {
                    Runs = context.Inlines.Collect(leaf.Inline, frame.Text),
                    Leading = frame.Text.Leading,
                    Align = frame.Align,
                    LeftIndent = frame.Indent,
                    Widows = Template.Body.Widows,
                    Orphans = Template.Body.Orphans,
                    Structure = new StructureElement(StructureRole.P, frame.Parent),
                });
                break;
        }
    }

    private ParagraphBlock Heading(HeadingBlock heading, Context context)
    {
        var style = Template.Headings[Math.Clamp(heading.Level, 1, 6) - 1];
        var id = heading.GetAttributes().Id;
        return new ParagraphBlock
        {
            Runs = context.Inlines.Collect(heading.Inline, style.Text),
            Leading = style.Text.Leading,
            Align = Alignment(style.Align),
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            PageBreakBefore = style.PageBreakBefore,
            KeepWithNext = true,
            // A heading is never split across pages.
            Orphans = int.MaxValue,
            Anchors = id is null ? [] : [LinkResolver.Destination(context.Chapter, id)],
        };
    }

    private ParagraphBlock Code(CodeBlock code, Frame frame)
    {
        var spec = Template.Code;
        // Markdig's own join (lines with \n), which is also "" for a fence left open with no lines (their array is null).
        var text = code.Lines.ToString();
        return new ParagraphBlock
        {
            Runs = _code.For((code as FencedCodeBlock)?.Info, text),
            Leading = spec.Block.Text.Leading,
            Align = Layout.Blocks.Alignment.Left,
            LeftIndent = frame.Indent,
            SpaceBefore = spec.Block.SpaceBefore,
            SpaceAfter = spec.Block.SpaceAfter,
            Background = spec.Background is { } bg ? Colors.Parse(bg) : null,
            Padding = spec.Padding,
            ContinuationMark = _code.ContinuationMark,
            ContinuationGap = _code.ContinuationGap,
            Widows = Template.Body.Widows,
            Orphans = Template.Body.Orphans,
        };
    }

    private void AddList(ListBlock list, List<Block> blocks, Context context, Frame frame)
    {
        var spec = Template.Lists;
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var first = blocks.Count;
        var listElement = new StructureElement(StructureRole.L, frame.Parent);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var itemElement = new StructureElement(StructureRole.LI, listElement);
            var label = new StructureElement(StructureRole.Lbl, itemElement);
            var body = new StructureElement(StructureRole.LBody, itemElement);
            var task = item.Descendants<TaskList>().FirstOrDefault();
            var marker = task is not null ? (task.Checked ? "☑" : "☐")
                : list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : Bullet(frame.ListDepth);
            var itemStart = blocks.Count;
            var indent = Nested(frame.Indent, spec.Indent, item, context);
            AddBlocks(item, blocks, context, new Frame(indent, frame.Text, frame.Align,
                list.IsLoose ? spec.LooseSpacing : 0, frame.ListDepth + 1, body));
            if (blocks.Count == itemStart || blocks[itemStart] is not ParagraphBlock lead)
            {
                blocks.Insert(itemStart, Plain("", frame with { Indent = indent }) with { Structure = new StructureElement(StructureRole.P, body) });
                lead = (ParagraphBlock)blocks[itemStart];
            }
            blocks[itemStart] = lead with
            {
                Marker = new TextRun(marker, fonts.Style(frame.Text)),
                MarkerStructure = label,
                MarkerGap = frame.Text.Size * 0.5,
                SpaceBefore = itemStart > first ? Math.Max(lead.SpaceBefore, spec.ItemSpacing) : lead.SpaceBefore,
            };
        }
        // A list nested in a list item follows its parent's line spacing.
        if (frame.ListDepth == 0) SpaceAround(blocks, first, spec.SpaceBefore, spec.SpaceAfter);
    }

    /// <summary>A term in the body face, bold, kept with its definitions, which are indented like list items.</summary>
    private void AddDefinitions(DefinitionList list, List<Block> blocks, Context context, Frame frame)
    {
        var first = blocks.Count;
        // A list whose items' labels are the terms and whose bodies are the definitions.
        var listElement = new StructureElement(StructureRole.L, frame.Parent);
        StructureElement? itemElement = null, body = null;
        foreach (var item in list.OfType<DefinitionItem>())
        {
            // Markdig makes a second definition of a term an item of its own, without a term: it stays in the term's item.
            if (itemElement is null || item.OfType<DefinitionTerm>().Any())
            {
                itemElement = new StructureElement(StructureRole.LI, listElement);
                body = null;
            }
            foreach (var part in item)
            {
                if (part is DefinitionTerm term)
                {
                    blocks.Add(new ParagraphBlock
                    {
                        Runs = context.Inlines.Collect(term.Inline, frame.Text with { Bold = true }),
                        Leading = frame.Text.Leading,
                        Align = Layout.Blocks.Alignment.Left,
                        LeftIndent = frame.Indent,
                        SpaceBefore = Template.Lists.ItemSpacing + Template.Body.ParagraphSpacing,
                        KeepWithNext = true,
                        Orphans = int.MaxValue,
                        Structure = new StructureElement(StructureRole.Lbl, itemElement),
                    });
                }
                else
                {
                    body ??= new StructureElement(StructureRole.LBody, itemElement);
                    Add(part, null, blocks, context, frame with { Indent = Nested(frame.Indent, Template.Lists.Indent, part, context), Parent = body });
                }
            }
        }
        SpaceAround(blocks, first, Template.Lists.SpaceBefore, Template.Lists.SpaceAfter);
    }

    private static string Bullet(int depth) => depth switch
    {
        0 => "•",
        1 => "–",
        2 => "◦",
        _ => "·",
    };

    private ParagraphBlock Plain(string text, Frame frame) => new()
    {
        Runs = text.Length == 0 ? [new TextRun(" ", fonts.Style(frame.Text))] : [new TextRun(text, fonts.Style(frame.Text))],
        Leading = frame.Text.Leading,
        Align = frame.Align,
        LeftIndent = frame.Indent,
        Widows = Template.Body.Widows,
        Orphans = Template.Body.Orphans,
    };

    /// <summary>Adds space before the first and after the last of the blocks from <paramref name="first"/> on.</summary>
    private static void SpaceAround(List<Block> blocks, int first, double before, double after)
    {
        if (blocks.Count <= first) return;
        blocks[first] = blocks[first] with { SpaceBefore = Math.Max(blocks[first].SpaceBefore, before) };
        blocks[^1] = blocks[^1] with { SpaceAfter = Math.Max(blocks[^1].SpaceAfter, after) };
    }

    private static string HtmlText(string html)
    {
        var withoutComments = Comment().Replace(html, "");
        var text = Tag().Replace(withoutComments, " ");
        return System.Net.WebUtility.HtmlDecode(Spaces().Replace(text, " ")).Trim();
    }

    private static Alignment Alignment(TextAlign align) => align switch
    {
        TextAlign.Right => Layout.Blocks.Alignment.Right,
        TextAlign.Center => Layout.Blocks.Alignment.Center,
        TextAlign.Justify => Layout.Blocks.Alignment.Justify,
        _ => Layout.Blocks.Alignment.Left,
    };

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)] private static partial Regex Comment();
    [GeneratedRegex("<[^>]*>")] private static partial Regex Tag();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}
