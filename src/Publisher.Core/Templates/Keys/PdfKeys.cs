namespace Publisher.Core.Templates.Keys;

/// <summary>The standards the PDF follows beyond the tags every PDF has (docs/pdf-accessibility.md, docs/templates.md).</summary>
public static class PdfKeys
{
    public static readonly TemplateKeySet Pdf = new("`pdf`",
        "The standards the PDF is written to. Every PDF is tagged for PDF/UA-1; these add an archival level " +
        "and a printing condition (see \"Archival and print standards\" in [templates.md](templates.md#archival-and-print-standards)).",
        [
            new("archival", "`pdf/a-2a`: PDF/A-2 with its tags (level A), for libraries and archives; `pdf/a-2u`: PDF/A-2 " +
                "level U (all text maps to Unicode); `none`: no archival claim. An archival PDF carries an output intent " +
                "(sRGB, or the print profile) and refuses what PDF/A forbids, such as CMYK JPEGs without a CMYK profile",
                "`none`") { Example = "pdf/a-2a" },
            new("print-profile", "the ICC output profile of the printing condition (CMYK, from the print shop), relative to " +
                "template.yml: the PDF becomes PDF/X-4, made for that condition (named by the profile's description), with a " +
                "`/TrimBox` on every page and its RGB colours declared sRGB. The shipped `../icc/sRGB.icc` serves a printer " +
                "that takes RGB", "none: not PDF/X") { Example = "../icc/sRGB.icc" },
        ]);
}
