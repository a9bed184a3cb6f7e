using Publisher.Core.Mathematics;
using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;

namespace Publisher.Layout.Mathematics;

/// <summary>
/// A displayed formula (<c>$$…$$</c>): in display style, centred on the measure, its number (if any) at the right
/// margin on the formula's baseline, or, when the number is too long to stand beside it (a long <c>\tag</c>), on a line
/// of its own below. A formula wider than the room it has, or taller than a page, is set smaller to fit; the builder
/// warns of it (<see cref="NaturalWidth"/>, <see cref="NaturalHeight"/>).
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
    /// <summary>The tallest it may be: the page's text height.</summary>
    public double MaxHeight { get; init; } = double.PositiveInfinity;

    private MathLayout? _layout;
    private MathBox? _box;

    /// <summary>The formula laid out at its size, once.</summary>
    private MathBox Natural
    {
        get
        {
            if (_box is null)
            {
                _layout = new MathLayout(Font, Size, NumberStyle?.Face);
                _box = _layout.Layout(Formula);
            }
            return _box;
        }
    }

    /// <summary>How wide the formula is at its size, before any shrinking to the measure.</summary>
    public double NaturalWidth => Natural.Width;

    /// <summary>How tall it is at its size, above and below its baseline.</summary>
    public double NaturalHeight => Natural.Height + Natural.Depth;

    /// <summary>Characters it shows that no font it is set in has: the build stops rather than print empty boxes.</summary>
    public IReadOnlyCollection<int> Missing
    {
        get
        {
            _ = Natural;
            return _layout!.Missing;
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
        // A number longer than a third of the measure gets a line of its own, so the formula keeps its room.
        var beside = number is not null && number.Width + Size <= width / 3;
        // Room for the formula: the measure, less the number and a quad before it on either side to stay centred.
        var room = width - (beside ? 2 * (number!.Width + Size) : 0);
        var box = Natural;
        var scale = Math.Min(box.Width > room && box.Width > 0 ? room / box.Width : 1,
            box.Height + box.Depth > MaxHeight && box.Height + box.Depth > 0 ? MaxHeight / (box.Height + box.Depth) : 1);
        if (scale < 1) box = new MathLayout(Font, Size * Math.Max(scale, 0.01), NumberStyle?.Face).Layout(Formula);
        var element = new StructureElement(StructureRole.Formula, Structure) { Alt = Formula.Source };
        var baseline = box.Height;
        var items = FormulaPainter.Paint(box, Font, Color, (width - box.Width) / 2, baseline, element);
        var rows = new List<Row>();
        if (number is null || beside)
        {
            if (number is not null) items.Add(NumberRun(number, width, baseline));
            rows.Add(new Row(box.Height + box.Depth, items));
        }
        else
        {
            rows.Add(new Row(box.Height + box.Depth, items));
            var lineHeight = number.Style.Size * 1.2;
            rows.Add(new Row(lineHeight, [NumberRun(number, width, number.Style.Size)]));
        }
        return new BlockRows(rows, _ => false);
    }

    /// <summary>The number set flush right, its baseline at <paramref name="baseline"/>.</summary>
    private GlyphRun NumberRun(ShapedNumber number, double width, double baseline)
    {
        var x = width - number.Width;
        var xs = new double[number.Shaped.Count];
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = x + number.Shaped.OffsetsX[i];
            x += number.Shaped.Advances[i];
        }
        return new GlyphRun(number.Style.Face, number.Style.Size, number.Style.Color, baseline, number.Shaped.Glyphs, xs,
            number.Shaped.OffsetsY, number.Shaped.Text, number.Shaped.Clusters)
            { Right = width, Element = new StructureElement(StructureRole.Lbl, Structure) };
    }

    private sealed record ShapedNumber(TextStyle Style, Shaping.ShapedText Shaped, double Width);
}
