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

    private InlineFormula(MathBox box, MathFont font, uint color, string source, IReadOnlyCollection<int> missing) : base(box.Width, box.Height)
    {
        _box = box;
        _font = font;
        _color = color;
        _source = source;
        Missing = missing;
    }

    /// <param name="textFace">The face of the text around it, which <c>\text{…}</c> takes.</param>
    /// <param name="maxWidth">The widest it may be: a formula wider than a line (it cannot be broken) is set smaller to fit.</param>
    public static InlineFormula Of(MathFormula formula, MathFont font, double size, uint color, Fonts.FontFace? textFace = null,
        double maxWidth = double.PositiveInfinity)
    {
        // $…$ in text style; $$…$$ in the middle of a sentence in display style, as the EPUB sets it too.
        var inline = formula;
        var layout = new MathLayout(font, size, textFace);
        var box = layout.Layout(inline);
        if (box.Width > maxWidth && box.Width > 0) box = new MathLayout(font, size * maxWidth / box.Width, textFace).Layout(inline);
        return new InlineFormula(box, font, color, formula.Source, layout.Missing);
    }

    /// <summary>Characters it shows that no font it is set in has: the build stops rather than print empty boxes.</summary>
    public IReadOnlyCollection<int> Missing { get; }

    public override double Depth => _box.Depth;

    /// <summary>The characters a reader of the page gets from it: the mathematical letters and symbols it shows.</summary>
    public string Text => MathLayout.TextOf(_box);

    internal override IEnumerable<PageItem> Place(double x, double baseline, StructureElement? element) =>
        FormulaPainter.Paint(_box, _font, _color, x, baseline, new StructureElement(StructureRole.Formula, element) { Alt = _source });
}
