using Publisher.Typesetting.Building.Breaks;
using Publisher.Typesetting.Building.Callouts;
using Publisher.Typesetting.Building.Code;
using Publisher.Typesetting.Building.Formulas;
using Publisher.Typesetting.Building.Containers;
using Publisher.Typesetting.Building.Pictures;
using Publisher.Typesetting.Building.Headings;
using Publisher.Typesetting.Building.Lists;
using Publisher.Typesetting.Building.Paragraphs;
using Publisher.Typesetting.Building.Quotes;
using Publisher.Typesetting.Building.Tables;
using MdBlock = Markdig.Syntax.Block;

namespace Publisher.Typesetting.Building.Rendering;

/// <summary>
/// The renderers of the Markdown blocks print knows, in the order they are asked: particular before general
/// (a figure is a paragraph holding only an image; any container or leaf block not named comes last).
/// </summary>
internal static class BlockRenderers
{
    public static readonly IReadOnlyList<IBlockRenderer> All =
    [
        new SkippedBlockRenderer(),
        new HeadingRenderer(),
        // A $$ block is a fenced block to Markdig, and a paragraph that is only $$…$$ a paragraph: both are formulas.
        new FormulaRenderer(),
        // A table's caption is a paragraph that prints with its table.
        new TableCaptionRenderer(),
        new FigureRenderer(),
        new ChapterDescriptionRenderer(),
        new ParagraphRenderer(),
        new CodeBlockRenderer(),
        // A GitHub alert is a quote, a :::tip a container: both are asked for as callouts first.
        new CalloutRenderer(),
        new ListRenderer(),
        new DefinitionListRenderer(),
        new QuoteRenderer(),
        new ThematicBreakRenderer(),
        new HtmlBlockRenderer(),
        new TableRenderer(),
        new ContainerRenderer(),
        new LeafBlockRenderer(),
    ];

    /// <summary>The renderer of <paramref name="block"/>, or null for a block print has nothing to show for.</summary>
    public static IBlockRenderer? For(MdBlock block)
    {
        foreach (var renderer in All)
            if (renderer.Accepts(block))
                return renderer;
        return null;
    }
}
