using Publisher.Core.Mathematics;
using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;

namespace Publisher.Layout.Mathematics;

/// <summary>
/// A displayed formula (<c>$$…$$</c>): in display style, centred on the measure, its number (if any) at the right
/// margin on the formula's baseline. A formula wider than the room left beside its number is set smaller to fit;
/// the builder warns of it (<see cref="NaturalWidth"/>).
/// </summary>
public sealed record FormulaBlock : Block
{
    public required MathFormula Formula { get; init; }
    public required MathFont Font { get; init; }
    public required double Size { get; init; }
    public uint Color { get; init; }
    /// <summary>"(3)" at the right margin, in <see cref="NumberStyle"/>, the text's style (whose face <c>\text{…}</c> takes); null: none.</summary>
    public string? Number { get; init; }
    public TextStyle? NumberStyle { get; init; }

    /// <summary>How wide the formula is at its size, before any shrinking to the measure.</summary>
    public double NaturalWidth => new MathLayout(Font, Size, NumberStyle?.Face).Layout(Formula).Width;

    /// <summary>Characters it shows that no font it is set in has: the build stops rather than print empty boxes.</summary>
    public IReadOnlyCollection<int> Missing
    {
        get
        {
            var layout = new MathLayout(Font, Size, NumberStyle?.Face);
            layout.Layout(Formula);
            return layout.Missing;
        }
    }

    public override BlockRows Layout(LayoutContext context, double width)
    {
        ShapedNumber? number = null;
        if (Number is { } text && NumberStyle is { } style)
        {
            var shaped = context.Shaper.Shape(style.Face, style.Size, text);
            number = new ShapedNumber(style, shaped, shaped.Advances.Sum());
        }
        // Room for the formula: the measure, less the number and a quad before it on either side to stay centred.
        var room = width - (number is null ? 0 : 2 * (number.Width + Size));
        var size = Size;
        var box = new MathLayout(Font, size, NumberStyle?.Face).Layout(Formula);
        if (box.Width > room && box.Width > 0)
        {
            size = Size * room / box.Width;
            box = new MathLayout(Font, size, NumberStyle?.Face).Layout(Formula);
        }
        var element = new StructureElement(StructureRole.Formula, Structure) { Alt = Formula.Source };
        var baseline = box.Height;
        var items = FormulaPainter.Paint(box, Font, Color, (width - box.Width) / 2, baseline, element);
        if (number is not null)
        {
            var x = width - number.Width;
            var xs = new double[number.Shaped.Count];
            for (var i = 0; i < xs.Length; i++)
            {
                xs[i] = x + number.Shaped.OffsetsX[i];
                x += number.Shaped.Advances[i];
            }
            items.Add(new GlyphRun(number.Style.Face, number.Style.Size, number.Style.Color, baseline, number.Shaped.Glyphs, xs,
                number.Shaped.OffsetsY, number.Shaped.Text, number.Shaped.Clusters)
                { Right = width, Element = new StructureElement(StructureRole.Lbl, Structure) });
        }
        return new BlockRows([new Row(box.Height + box.Depth, items)], _ => false);
    }

    private sealed record ShapedNumber(TextStyle Style, Shaping.ShapedText Shaped, double Width);
}
