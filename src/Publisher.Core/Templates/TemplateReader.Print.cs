using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    private static readonly Dictionary<string, PageImposition> Impositions = new()
    {
        ["none"] = PageImposition.None,
        ["saddle-stitch"] = PageImposition.SaddleStitch,
    };

    /// <summary>A larger bleed is a slip (30mm instead of 3mm) that would waste paper and hide the crop marks' meaning.</summary>
    private const double MaxBleedPoints = 72 / 25.4 * 20;

    /// <summary>The print-shop options under <c>page</c>: bleed, crop marks and imposition.</summary>
    private static PageSpec ReadPrintOptions(YamlMap page, PageSpec spec)
    {
        var bleed = 0.0;
        if (page.Scalar("bleed") is { } b)
        {
            bleed = Absolute(page, "bleed");
            if (bleed > MaxBleedPoints) throw b.Invalid("expected a bleed of at most 20mm (printers ask for 3mm to 5mm)");
        }
        return spec with
        {
            Bleed = bleed,
            CropMarks = page.Scalar("crop-marks")?.AsBool() ?? false,
            Imposition = page.Scalar("imposition")?.AsChoice(Impositions) ?? PageImposition.None,
            ImpositionAt = page.Scalar("imposition")?.Location,
        };
    }
}
