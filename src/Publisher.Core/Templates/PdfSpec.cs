namespace Publisher.Core.Templates;

/// <summary>Which archival standard of ISO 19005-2 the PDF follows: none, PDF/A-2u or, with its tags, PDF/A-2a.</summary>
public enum PdfArchival { None, A2u, A2a }

/// <summary>
/// The standards the PDF is written to, beyond PDF/UA-1's tags, which every PDF has: an archival level, and
/// PDF/X-4 with the output profile of the printing condition when the template names one.
/// </summary>
public sealed record PdfSpec(PdfArchival Archival, IccProfile? PrintProfile)
{
    public static readonly PdfSpec Plain = new(PdfArchival.None, null);

    /// <summary>PDF/X-4: the pages are made for the printing condition of <see cref="PrintProfile"/>.</summary>
    public bool IsPdfX => PrintProfile is not null;

    /// <summary>Whether the file has an output intent: every archival and print standard needs one.</summary>
    public bool HasOutputIntent => Archival != PdfArchival.None || IsPdfX;

    /// <summary>The output intent's profile: the printing condition's, else sRGB.</summary>
    public IccProfile OutputProfile => PrintProfile ?? IccProfile.Srgb;
}
