namespace Publisher.Layout.Inline.Bidi;

/// <summary>The Bidi_Class values of UAX #9 (table 4), as the algorithm reads and rewrites them.</summary>
internal enum BidiClass : byte
{
    // Strong
    L, R, AL,
    // Weak
    EN, ES, ET, AN, CS, NSM, BN,
    // Neutral
    B, S, WS, ON,
    // Explicit formatting
    LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
}

internal static class BidiClassExtensions
{
    /// <summary>LRI, RLI or FSI.</summary>
    public static bool IsIsolateInitiator(this BidiClass c) => c is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;

    /// <summary>The characters rule X9 removes: embeddings, overrides, PDF and boundary neutrals.</summary>
    public static bool IsRemovedByX9(this BidiClass c) =>
        c is BidiClass.BN or BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF;

    /// <summary>The neutral and isolate formatting types of rules N1–N2 (NI).</summary>
    public static bool IsNeutralOrIsolate(this BidiClass c) =>
        c is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON
            or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI;
}
