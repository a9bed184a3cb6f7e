using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Diagnostics;
using Publisher.Core.Mathematics;
using Publisher.Layout.Mathematics;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;
using Publisher.Typesetting.Styling;
using MdBlock = Markdig.Syntax.Block;

namespace Publisher.Typesetting.Building.Formulas;

/// <summary>
/// A displayed formula: a <c>$$</c> block, or a paragraph that is only <c>$$…$$</c> (as Pandoc writes a numbered one).
/// It is set in display style, centred, with its number at the right margin and its label as the place references
/// lead to. One too wide for the measure is set smaller to fit, with a warning at its place.
/// </summary>
internal sealed class FormulaRenderer : IBlockRenderer
{
    public bool Accepts(MdBlock block) => IsFormula(block);

    /// <summary>Whether the block is a displayed formula (that parsed).</summary>
    public static bool IsFormula(MdBlock block) => Node(block) is { } node && Core.Mathematics.Formulas.Of(node) is not null;

    /// <summary>The node that holds the formula: the block itself, or the paragraph's only inline.</summary>
    private static MarkdownObject? Node(MdBlock block) => Core.Mathematics.Formulas.DisplayedIn(block);

    public void Render(BlockBuilder builder, MdBlock block, RenderScope scope)
    {
        var node = Node(block)!;
        var formula = Core.Mathematics.Formulas.Of(node)!;
        var frame = scope.Frame;
        var font = FormulaFont.For(builder.Fonts, At(scope, block));
        var text = frame.Text;
        var formulaBlock = new FormulaBlock
        {
            Formula = formula,
            Font = font,
            Size = text.Size,
            Color = Colors.Parse(text.Color),
            Number = Core.Mathematics.Formulas.Number(node),
            NumberStyle = builder.Fonts.Style(text),
            // Half a line of space around it, as TeX's \abovedisplayskip gives at this size.
            SpaceBefore = text.Leading / 2,
            SpaceAfter = text.Leading / 2,
            Anchors = Captions.Anchors(scope, block.TryGetAttributes()?.Id),
            MaxHeight = builder.Template.Page.TextHeight,
            Structure = builder.Element(StructureRole.Div, frame.Parent, block),
        };
        FormulaGlyphs.Check(formulaBlock.Missing, font, At(scope, block));
        var room = builder.Template.Page.TextWidth - frame.Indent;
        if (formulaBlock.NaturalWidth > room)
            builder.Warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.FormulaTooWide,
                $"formula is {formulaBlock.NaturalWidth:0} pt wide, the text {room:0} pt: it is set smaller to fit; break it over lines (aligned) to keep its size",
                At(scope, block)));
        else if (formulaBlock.NaturalHeight > builder.Template.Page.TextHeight)
            builder.Warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.FormulaTooWide,
                $"formula is {formulaBlock.NaturalHeight:0} pt tall, a page's text {builder.Template.Page.TextHeight:0} pt: it is set smaller to fit; split it into several formulas to keep its size",
                At(scope, block)));
        scope.Blocks.Add(formulaBlock);
    }

    private static SourceLocation At(RenderScope scope, MdBlock block) =>
        new(scope.Context.Chapter.DisplayPath, block.Line + 1, block.Column + 1);
}
