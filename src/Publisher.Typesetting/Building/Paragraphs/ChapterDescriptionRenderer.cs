using Markdig.Renderers.Html;
using Publisher.Core.Books;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building.Paragraphs;

/// <summary>
/// A chapter's front-matter description (<see cref="ChapterFrontMatter"/> puts it under the title only when the
/// template has a <c>chapter-description</c> style), set in that style; the EPUB's stylesheet gives it the same.
/// </summary>
internal sealed class ChapterDescriptionRenderer : BlockRenderer<MdParagraph>
{
    public static bool IsDescription(MdParagraph paragraph) =>
        paragraph.TryGetAttributes()?.Classes?.Contains(ChapterFrontMatter.DescriptionClass) == true;

    protected override bool Takes(MdParagraph paragraph) => IsDescription(paragraph);

    protected override void Write(BlockBuilder builder, MdParagraph paragraph, RenderScope scope)
    {
        // The paragraph is only there when the book's template has the style (BookLoader reads it with that template).
        var style = builder.Template.ChapterDescription!;
        scope.Blocks.Add(new ParagraphBlock
        {
            Runs = scope.Context.Inlines.Collect(paragraph.Inline, style.Text),
            Leading = style.Text.Leading,
            Align = BlockBuilder.Alignment(style.Align),
            LeftIndent = scope.Frame.Indent,
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            Widows = builder.Template.Body.Widows,
            Orphans = builder.Template.Body.Orphans,
            Structure = builder.Element(StructureRole.P, scope.Frame.Parent, paragraph),
        });
    }
}
