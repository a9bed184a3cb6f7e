using Publisher.Core.Books;
using Publisher.Core.Templates;
using Publisher.Layout.Blocks;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Images;
using Block = Publisher.Layout.Blocks.Block;
using MdBlock = Markdig.Syntax.Block;

namespace Publisher.Typesetting.Building.Rendering;

/// <summary>The chapter being built: its number, how its inlines and images are read, and its structure element.</summary>
/// <param name="Section">The chapter's structure element.</param>
internal sealed record ChapterContext(Chapter Chapter, int ChapterNumber, InlineCollector Inlines, ChapterImages Images, StructureElement Section);

/// <summary>
/// Where nested content sits: its left indent, text style, alignment, the space between its paragraphs (none in
/// a tight list), how deep in lists it is (for the bullet's shape) and the structure element its blocks'
/// elements are made in.
/// </summary>
internal sealed record Frame(double Indent, TextStyleSpec Text, Alignment Align, double ParagraphSpace, int ListDepth, StructureElement Parent);

/// <summary>Where one Markdown block is rendered: the list its layout blocks are added to, its chapter and frame, and the block before it.</summary>
internal sealed record RenderScope(List<Block> Blocks, ChapterContext Context, Frame Frame, MdBlock? Previous);
