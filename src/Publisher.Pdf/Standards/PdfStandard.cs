using Publisher.Core.Templates;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Standards;

/// <summary>
/// What the standards a template asks for (<see cref="PdfSpec"/>) demand of the file: the header's version, the
/// output intents with their ICC profile, the colour spaces that make device colours mean something, what the
/// information dictionary and the XMP add, and the rules text and images must keep. A PDF with no archival or
/// print standard is <see cref="Plain"/>: it only keeps the tags and metadata every PDF has.
/// </summary>
internal sealed class PdfStandard(PdfSpec spec)
{
    public static readonly PdfStandard Plain = new(PdfSpec.Plain);

    private PdfRef? _srgb;

    public PdfSpec Spec => spec;

    public bool IsArchival => spec.Archival != PdfArchival.None;

    /// <summary>PDF/X-4 is defined on PDF 1.6 (ISO 15930-7); everything else is written as 1.7, the base of PDF/A-2.</summary>
    public string Version => spec.IsPdfX ? "1.6" : "1.7";

    /// <summary>
    /// PDF/A-2 asks that no text show the .notdef glyph and that every glyph map to Unicode (§6.2.11.7, .8):
    /// a character no font has is then left out rather than shown as an empty box.
    /// </summary>
    public bool StrictGlyphs => IsArchival;

    /// <summary>Components of the output intent's colours: 3 for sRGB, or the print profile's.</summary>
    private int IntentComponents => spec.OutputProfile.Components;

    /// <summary>DeviceCMYK means something only under a CMYK output intent (ISO 19005-2 §6.2.4.3).</summary>
    public bool AllowsDeviceCmyk => !spec.HasOutputIntent || IntentComponents == 4;

    /// <summary>The /ColorSpace resources that give DeviceRGB the meaning sRGB where the output intent is not RGB.</summary>
    public PdfDict? DefaultColorSpaces(PdfFile file)
    {
        if (!spec.HasOutputIntent || IntentComponents == 3) return null;
        return new PdfDict { { "DefaultRGB", PdfArray.Of(new PdfName("ICCBased"), Srgb(file)) } };
    }

    /// <summary>The catalog's /OutputIntents: one profile, named by the PDF/A intent and the PDF/X intent alike.</summary>
    public PdfArray? OutputIntents(PdfFile file)
    {
        if (!spec.HasOutputIntent) return null;
        var profile = spec.PrintProfile is { } print ? Profile(file, print) : Srgb(file);
        var condition = spec.OutputProfile.Description;
        var intents = new PdfArray();
        PdfDict Intent(string subtype) => new("OutputIntent")
        {
            { "S", new PdfName(subtype) },
            { "OutputConditionIdentifier", new PdfText(condition) },
            { "Info", new PdfText(condition) },
            { "DestOutputProfile", profile },
        };
        if (spec.IsPdfX) intents.Add(Intent("GTS_PDFX"));
        if (IsArchival) intents.Add(Intent("GTS_PDFA1"));
        return intents;
    }

    /// <summary>The information dictionary's PDF/X keys (ISO 15930-7 §6.7.5): its version, and that nobody trapped it.</summary>
    public void AddTo(PdfDict info)
    {
        if (!spec.IsPdfX) return;
        info.Add("GTS_PDFXVersion", new PdfText("PDF/X-4"));
        info.Add("Trapped", new PdfName("False"));
    }

    private PdfRef Srgb(PdfFile file) => _srgb ??= Profile(file, IccProfile.Srgb);

    private static PdfRef Profile(PdfFile file, IccProfile profile) =>
        file.AddStream(new PdfDict { { "N", profile.Components } }, File.ReadAllBytes(profile.Path));
}
