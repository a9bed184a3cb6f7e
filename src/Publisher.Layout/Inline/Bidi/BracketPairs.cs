namespace Publisher.Layout.Inline.Bidi;

/// <summary>BD14–BD16 and rule N0: paired brackets take one direction, from inside or around them.</summary>
internal static class BracketPairs
{
    /// <summary>The depth of BD16's bracket stack.</summary>
    public const int StackDepth = 63;

    public static void Resolve(BidiParagraph p, ReadOnlySpan<int> seq, byte level, BidiClass sos)
    {
        var t = p.Types;
        var n = seq.Length;

        // BD16: pairs of positions in seq, found at their closing bracket.
        Span<int> openerBracket = stackalloc int[StackDepth];
        Span<int> openerPosition = stackalloc int[StackDepth];
        var depth = 0;
        int[]? openers = null, closers = null;
        var pairs = 0;
        for (var k = 0; k < n; k++)
        {
            var i = seq[k];
            if (t[i] != BidiClass.ON) continue; // BD14, BD15: only a bracket that is still ON counts
            var cp = p.CodePoints[i];
            var type = BidiCharacterData.BracketType(cp);
            if (type == BidiCharacterData.BracketOpen)
            {
                if (depth == StackDepth) break; // the stack is full: stop looking in this sequence
                openerBracket[depth] = BidiCharacterData.PairedBracket(cp);
                openerPosition[depth] = k;
                depth++;
            }
            else if (type == BidiCharacterData.BracketClose)
            {
                var closing = BidiCharacterData.Canonical(cp);
                for (var d = depth - 1; d >= 0; d--)
                {
                    if (openerBracket[d] != closing) continue;
                    openers ??= new int[Math.Min(n, 64)];
                    closers ??= new int[openers.Length];
                    if (pairs == openers.Length)
                    {
                        Array.Resize(ref openers, pairs * 2);
                        Array.Resize(ref closers, pairs * 2);
                    }
                    openers[pairs] = openerPosition[d];
                    closers[pairs] = k;
                    pairs++;
                    depth = d; // pop through the matched opener
                    break;
                }
            }
        }
        if (pairs == 0) return;
        Array.Sort(openers!, closers!, 0, pairs);

        // N0, pair by pair in the order of their opening brackets.
        var embedding = level % 2 == 0 ? BidiClass.L : BidiClass.R;
        for (var q = 0; q < pairs; q++)
        {
            var open = openers![q];
            var close = closers![q];
            var matchesEmbedding = false;
            var opposite = false;
            for (var k = open + 1; k < close; k++)
            {
                var strong = StrongOf(t[seq[k]]);
                if (strong == embedding) { matchesEmbedding = true; break; }
                if (strong != BidiClass.ON) opposite = true;
            }

            BidiClass resolved;
            if (matchesEmbedding)
            {
                resolved = embedding; // N0 b
            }
            else if (opposite)
            {
                // N0 c: the opposite direction inside; the context before the opening bracket decides.
                var context = sos;
                for (var k = open - 1; k >= 0; k--)
                {
                    var strong = StrongOf(t[seq[k]]);
                    if (strong != BidiClass.ON) { context = strong; break; }
                }
                resolved = context != embedding ? context : embedding;
            }
            else
            {
                continue; // N0 d: no strong type inside; left to N1 and N2
            }

            SetBracket(p, seq, open, resolved);
            SetBracket(p, seq, close, resolved);
        }
    }

    /// <summary>L or R for the strong types (EN and AN counting as R), ON for anything else.</summary>
    private static BidiClass StrongOf(BidiClass c) => c switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => BidiClass.ON,
    };

    /// <summary>Sets a bracket's type, and that of the nonspacing marks (before W1) right after it.</summary>
    private static void SetBracket(BidiParagraph p, ReadOnlySpan<int> seq, int k, BidiClass type)
    {
        p.Types[seq[k]] = type;
        for (var j = k + 1; j < seq.Length && p.WasNsm[seq[j]]; j++) p.Types[seq[j]] = type;
    }
}
