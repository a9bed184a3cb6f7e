using Publisher.Core.Markdown;
using Publisher.Core.Templates;
using Publisher.Layout.Breaking;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building.Paragraphs;

/// <summary>
/// A paragraph of body text: justified or as the frame aligns it, hyphenated, broken into lines as the template
/// says, with widows and orphans kept. A paragraph that follows another is told apart by a first-line indent.
/// </summary>
internal sealed class ParagraphRenderer : BlockRenderer<MdParagraph>
{
    protected override void Write(BlockBuilder builder, MdParagraph paragraph, RenderScope scope)
    {
        var (frame, body) = (scope.Frame, builder.Template.Body);
        // A paragraph after a figure (or a chapter's description) starts flush, as after a heading (and as in the EPUB).
        // After a displayed formula the text goes on unindented, as in TeX.
        var follows = scope.Previous is MdParagraph prior && Figures.Image(prior) is null && !ChapterDescriptionRenderer.IsDescription(prior)
            && !Formulas.FormulaRenderer.IsFormula(prior) && frame.Indent == 0;
        scope.Blocks.Add(new ParagraphBlock
        {
            Runs = scope.Context.Inlines.Collect(paragraph.Inline, frame.Text),
            Leading = frame.Text.Leading,
            Align = frame.Align,
            LeftIndent = frame.Indent,
            FirstLineIndent = follows ? body.Indent : 0,
            LineBreaking = body.LineBreaking == LineBreakingMode.FirstFit ? LineBreaking.FirstFit : LineBreaking.TotalFit,
            Hyphenation = builder.Hyphenation,
            Widows = body.Widows,
            Orphans = body.Orphans,
            SpaceBefore = frame.ParagraphSpace,
            SpaceAfter = frame.ParagraphSpace,
            Structure = builder.Element(StructureRole.P, frame.Parent, paragraph),
        });
    }
}
