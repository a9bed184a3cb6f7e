using System.Globalization;

namespace Publisher.Core.Templates.Contrast;

/// <summary>
/// WCAG 2's contrast between two sRGB colours written <c>#rrggbb</c>: the relative luminance of each
/// (linearised channels weighted 0.2126, 0.7152, 0.0722), and (lighter + 0.05) / (darker + 0.05), from 1 to 21.
/// Level AA (success criterion 1.4.3) asks text for more than 4.5:1, or 3:1 when it is large: 18 pt and over,
/// or bold from 14 pt. The comparison is strict, as axe-core makes it in Ace by DAISY, so a colour this
/// check passes passes there too.
/// </summary>
public static class ContrastRatio
{
    public const double Normal = 4.5;
    public const double Large = 3.0;

    public static double Of(string foreground, string background)
    {
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The ratio text of this size (in points) and weight must exceed.</summary>
    public static double Required(double size, bool bold) => size >= 18 || (bold && size >= 14) ? Large : Normal;

    public static bool Passes(string foreground, string background, double required) => Of(foreground, background) > required;

    /// <summary>
    /// The colour closest to <paramref name="color"/> that passes on every background of <paramref name="uses"/>
    /// with that use's ratio: the same hue, mixed with black or with white (whichever needs less), by the smallest
    /// step of the 256 that gets there; null if neither gets there (light and dark backgrounds at once).
    /// </summary>
    public static string? NearestPassing(string color, IReadOnlyCollection<(string Background, double Required)> uses)
    {
        bool PassesAll(string c) => uses.All(u => Passes(c, u.Background, u.Required));
        if (PassesAll(color)) return color;
        string? best = null;
        var bestStep = int.MaxValue;
        foreach (var toward in (byte[])[0, 255])
        {
            for (var step = 1; step <= 255 && step < bestStep; step++)
            {
                var mixed = Mix(color, toward, step / 255.0);
                if (!PassesAll(mixed)) continue;
                (best, bestStep) = (mixed, step);
                break;
            }
        }
        return best;
    }

    /// <summary>The ratio as WCAG tools print it: cut (never rounded up) to two decimals, "4.14:1".</summary>
    public static string Show(double ratio) =>
        (Math.Floor(ratio * 100) / 100).ToString("0.##", CultureInfo.InvariantCulture) + ":1";

    private static double Luminance(string hex)
    {
        var (r, g, b) = Channels(hex);
        return 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
    }

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static (int R, int G, int B) Channels(string hex)
    {
        var value = int.Parse(hex.AsSpan(1, 6), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    private static string Mix(string hex, byte toward, double share)
    {
        var (r, g, b) = Channels(hex);
        int Channel(int c) => (int)Math.Round(c + (toward - c) * share, MidpointRounding.AwayFromZero);
        return $"#{Channel(r):x2}{Channel(g):x2}{Channel(b):x2}";
    }
}
