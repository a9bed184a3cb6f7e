using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Publisher.Core.Mathematics;

namespace Publisher.Epub;

/// <summary>
/// Formulas as MathML (<see cref="MathMLWriter"/>): <c>$…$</c> in the line, <c>$$…$$</c> as a block of its own, with its
/// number ("(1)", or its <c>\tag</c>) at the right.
/// </summary>
internal static class MathRenderers
{
    /// <summary>The formula the book's loading parsed; parsed here for a tree that was not loaded as a book (tests, previews).</summary>
    private static MathFormula? FormulaOf(Markdig.Syntax.MarkdownObject node, string source, bool display)
    {
        if (Formulas.Of(node) is { } formula) return formula;
        try { return LatexMathParser.Parse(source, display); }
        catch (MathSyntaxException) { return null; }
    }

    private static void WriteNumber(HtmlRenderer renderer, Markdig.Syntax.MarkdownObject node)
    {
        if (Formulas.Number(node) is { } number)
            renderer.Write("<span class=\"equation-number\">").WriteEscape(number).Write("</span>");
    }

    public sealed class Inline : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math)
        {
            var formula = FormulaOf(math, math.Content.ToString(), math.DelimiterCount == 2);
            if (formula is null)
            {
                renderer.WriteEscape(math.Content.ToString());
                return;
            }
            var numbered = Formulas.Number(math) is not null;
            if (numbered) renderer.Write("<span class=\"equation\">");
            renderer.Write(MathMLWriter.Write(formula, block: Formulas.Displayed(math) is not null));
            WriteNumber(renderer, math);
            if (numbered) renderer.Write("</span>");
        }
    }

    public sealed class Block : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock math)
        {
            var source = math.Lines.ToString();
            var formula = FormulaOf(math, source, true);
            renderer.EnsureLine();
            renderer.Write("<div").WriteAttributes(math.TryGetAttributes(), c => c == "math" ? "equation" : c).Write('>');
            if (formula is null) renderer.WriteEscape(source);
            else renderer.Write(MathMLWriter.Write(formula, block: true));
            WriteNumber(renderer, math);
            renderer.WriteLine("</div>");
        }
    }
}
