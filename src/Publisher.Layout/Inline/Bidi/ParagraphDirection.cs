namespace Publisher.Layout.Inline.Bidi;

/// <summary>Rules P2–P3: a paragraph's direction from its first strong character.</summary>
internal static class ParagraphDirection
{
    /// <summary>
    /// The first character of type L, R or AL, skipping the characters between an isolate initiator
    /// and its matching PDI (or the end of the paragraph when it has none): 0 for L, 1 for R or AL,
    /// null when there is none. A paragraph separator (B) closes any isolate still open, so a span
    /// of several paragraphs is read from the first strong character of any of them.
    /// </summary>
    public static byte? FirstStrong(ReadOnlySpan<BidiClass> classes)
    {
        var isolateDepth = 0;
        foreach (var c in classes)
            if (Step(c, ref isolateDepth) is { } direction) return direction;
        return null;
    }

    /// <summary>
    /// One character of rules P2–P3: counts isolates in and out (a paragraph separator closes them all) and gives the
    /// direction of a strong character outside any isolate, else null.
    /// </summary>
    internal static byte? Step(BidiClass c, ref int isolateDepth)
    {
        switch (c)
        {
            case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                isolateDepth++;
                break;
            case BidiClass.PDI:
                if (isolateDepth > 0) isolateDepth--;
                break;
            case BidiClass.B:
                isolateDepth = 0;
                break;
            case BidiClass.L when isolateDepth == 0:
                return 0;
            case BidiClass.R or BidiClass.AL when isolateDepth == 0:
                return 1;
        }
        return null;
    }
}
