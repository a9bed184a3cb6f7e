using Publisher.Core.Mathematics;
using Publisher.Layout.Pages;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;

namespace Publisher.Layout.Mathematics;

/// <summary>
/// A formula in a line of text (<c>$…$</c>), laid out in text style at the line's size: it stands on the baseline like a
/// word and the line grows where it reaches higher or lower than the text (a fraction, a tall root).
/// </summary>
public sealed record InlineFormula : InlineObject
{
    private readonly MathBox _box;
    private readonly MathFont _font;
    private readonly uint _color;
    private readonly string _source;

    private InlineFormula(MathBox box, MathFont font, uint color, string source) : base(box.Width, box.Height)
    {
        _box = box;
        _font = font;
        _color = color;
        _source = source;
    }

    /// <param name="textFace">The face of the text around it, which <c>\text{…}</c> takes.</param>
    public static InlineFormula Of(MathFormula formula, MathFont font, double size, uint color, Fonts.FontFace? textFace = null) =>
        new(new MathLayout(font, size, textFace).Layout(formula with { Display = false }), font, color, formula.Source);

    public override double Depth => _box.Depth;

    /// <summary>The characters a reader of the page gets from it: the mathematical letters and symbols it shows.</summary>
    public string Text => MathLayout.TextOf(_box);

    internal override IEnumerable<PageItem> Place(double x, double baseline, StructureElement? element) =>
        FormulaPainter.Paint(_box, _font, _color, x, baseline, new StructureElement(StructureRole.Formula, element) { Alt = _source });
}
