namespace Publisher.Layout.Inline.Bidi;

/// <summary>
/// The working state of the algorithm over one text, indexed by code point: the original classes,
/// the classes as the rules rewrite them, the levels, and the isolate pairs of BD9. A text with
/// paragraph separators in it is resolved paragraph by paragraph (P1), each over its own span.
/// </summary>
internal sealed class BidiParagraph
{
    public readonly int[] CodePoints;
    /// <summary>The classes as the data gives them (read by X1–X8, BD13, N0 and L1).</summary>
    public readonly BidiClass[] Initial;
    /// <summary>The classes as X1–X8 and W1–N2 rewrite them.</summary>
    public readonly BidiClass[] Types;
    public readonly byte[] Levels;
    /// <summary>Characters removed by X9.</summary>
    public readonly bool[] Removed;
    /// <summary>For an isolate initiator its matching PDI, for a PDI its initiator (BD9), else −1.</summary>
    public readonly int[] Match;
    /// <summary>Characters whose type was NSM just before W1 (N0 gives them their bracket's type).</summary>
    public readonly bool[] WasNsm;

    public BidiParagraph(int[] codePoints)
    {
        var n = codePoints.Length;
        CodePoints = codePoints;
        Initial = new BidiClass[n];
        Types = new BidiClass[n];
        Levels = new byte[n];
        Removed = new bool[n];
        Match = new int[n];
        WasNsm = new bool[n];
        for (var i = 0; i < n; i++) Initial[i] = BidiCharacterData.ClassOf(codePoints[i]);
    }

    public int Length => CodePoints.Length;

    /// <summary>
    /// Resolves every paragraph of the text at <paramref name="paragraphLevel"/>: P1 splits it after
    /// each B (a CR LF pair is one separator), and X1–I2 run over each paragraph on its own. Characters
    /// removed by X9 then take the level of the character before them, or the paragraph level.
    /// </summary>
    public void Resolve(byte paragraphLevel)
    {
        Array.Copy(Initial, Types, Length);
        var start = 0;
        while (start < Length)
        {
            var end = start;
            while (end < Length && Initial[end] != BidiClass.B) end++;
            if (end < Length)
            {
                // The separator belongs to the paragraph it ends; CR LF ends it once.
                end++;
                if (CodePoints[end - 1] == '\r' && end < Length && CodePoints[end] == '\n') end++;
            }
            ResolveParagraph(start, end, paragraphLevel);
            start = end;
        }

        for (var i = 0; i < Length; i++)
        {
            if (Removed[i]) Levels[i] = i == 0 ? paragraphLevel : Levels[i - 1];
        }
    }

    private void ResolveParagraph(int start, int end, byte paragraphLevel)
    {
        ExplicitLevels.MatchIsolates(this, start, end);
        ExplicitLevels.Resolve(this, start, end, paragraphLevel);
        IsolatingRunSequences.ResolveAll(this, start, end, paragraphLevel);
    }
}
