using System.Globalization;

namespace Publisher.Typesetting.Styling;

/// <summary>Template colours ("#rrggbb", checked by the template reader) as 0xRRGGBB.</summary>
public static class Colors
{
    public static uint Parse(string hex) => uint.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
