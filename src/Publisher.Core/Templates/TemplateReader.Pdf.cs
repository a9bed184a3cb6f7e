using Publisher.Core.Diagnostics;
using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    private static readonly Dictionary<string, PdfArchival> Archivals = new()
    {
        ["none"] = PdfArchival.None,
        ["pdf/a-2u"] = PdfArchival.A2u,
        ["pdf/a-2a"] = PdfArchival.A2a,
    };

    /// <summary>The <c>pdf</c> section: the archival level and the PDF/X printing condition.</summary>
    private static PdfSpec ReadPdf(YamlMap? map, string directory)
    {
        if (map is null) return PdfSpec.Plain;
        map.AllowOnly(PdfKeys.Pdf.Names);
        var archival = map.Scalar("archival")?.AsChoice(Archivals) ?? PdfArchival.None;
        IccProfile? profile = null;
        if (map.Scalar("print-profile") is { } file)
        {
            var full = Path.GetFullPath(Path.Combine(file.Directory ?? directory, file.Value));
            if (TemplateFolders.Check(file.Directory ?? directory, full, file.Value, file.Location) is null || !File.Exists(full))
                throw BuildFailedException.At(file.Location, DiagnosticCodes.BadValue,
                    $"'pdf.print-profile': ICC profile '{file.Value}' not found (looked for it beside {Path.GetFileName(file.Location.Path)})");
            var (read, problem) = IccProfile.Read(full);
            profile = read ?? throw BuildFailedException.At(file.Location, DiagnosticCodes.BadValue,
                $"'pdf.print-profile': '{file.Value}' cannot serve as a printing condition: {problem}");
        }
        return new PdfSpec(archival, profile);
    }
}
