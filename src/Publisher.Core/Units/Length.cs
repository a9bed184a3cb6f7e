using System.Globalization;

namespace Publisher.Core.Units;

/// <summary>
/// A length as a person writes it in a template: <c>12pt</c>, <c>18mm</c>, <c>0.75in</c>,
/// <c>2cm</c>, <c>1pc</c>, or <c>1.5em</c> (relative to the font size where it is used).
/// Absolute lengths are kept in PostScript points (1/72 in).
/// </summary>
public readonly record struct Length(double Value, LengthUnit Unit)
{
    public static Length Points(double pt) => new(pt, LengthUnit.Point);

    public static bool TryParse(string text, out Length length)
    {
        length = default;
        var s = text.Trim().ToLowerInvariant();
        var i = s.Length;
        while (i > 0 && char.IsLetter(s[i - 1])) i--;
        var unitText = s[i..];
        if (!double.TryParse(s[..i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return false;
        if (double.IsNaN(number) || double.IsInfinity(number)) return false;
        LengthUnit? unit = unitText switch
        {
            "pt" => LengthUnit.Point,
            "mm" => LengthUnit.Millimetre,
            "cm" => LengthUnit.Centimetre,
            "in" => LengthUnit.Inch,
            "pc" => LengthUnit.Pica,
            "px" => LengthUnit.Pixel,
            "em" => LengthUnit.Em,
            // A bare 0 needs no unit; any other bare number is ambiguous.
            "" when number == 0 => LengthUnit.Point,
            _ => null,
        };
        if (unit is null) return false;
        length = new Length(number, unit.Value);
        return true;
    }

    public bool IsRelative => Unit == LengthUnit.Em;

    /// <summary>The length in points; <paramref name="fontSize"/> resolves em.</summary>
    public double ToPoints(double fontSize = 0) => Unit switch
    {
        LengthUnit.Point => Value,
        LengthUnit.Millimetre => Value * 72 / 25.4,
        LengthUnit.Centimetre => Value * 720 / 25.4,
        LengthUnit.Inch => Value * 72,
        LengthUnit.Pica => Value * 12,
        LengthUnit.Pixel => Value * 0.75,
        LengthUnit.Em => Value * fontSize,
        _ => throw new InvalidOperationException(Unit.ToString()),
    };

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        LengthUnit.Point => "pt",
        LengthUnit.Millimetre => "mm",
        LengthUnit.Centimetre => "cm",
        LengthUnit.Inch => "in",
        LengthUnit.Pica => "pc",
        LengthUnit.Pixel => "px",
        _ => "em",
    };
}

public enum LengthUnit { Point, Millimetre, Centimetre, Inch, Pica, Pixel, Em }
