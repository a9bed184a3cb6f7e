namespace Publisher.Core.Units;

/// <summary>Named page sizes (portrait, in points) that a template may use instead of two lengths.</summary>
public static class PaperSizes
{
    private const double Mm = 72 / 25.4;

    public static readonly IReadOnlyDictionary<string, (double Width, double Height)> ByName =
        new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase)
        {
            ["A4"] = (210 * Mm, 297 * Mm),
            ["A5"] = (148 * Mm, 210 * Mm),
            ["A6"] = (105 * Mm, 148 * Mm),
            ["B5"] = (176 * Mm, 250 * Mm),
            ["Letter"] = (612, 792),
            ["Legal"] = (612, 1008),
            ["Trade"] = (6 * 72, 9 * 72),
            ["Royal"] = (156 * Mm, 234 * Mm),
            ["Crown-Quarto"] = (189 * Mm, 246 * Mm),
        };
}
