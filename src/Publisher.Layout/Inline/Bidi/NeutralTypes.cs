namespace Publisher.Layout.Inline.Bidi;

/// <summary>Rules N1–N2: neutrals and isolate formatting characters between strong types.</summary>
internal static class NeutralTypes
{
    public static void Resolve(BidiParagraph p, ReadOnlySpan<int> seq, byte level, BidiClass sos, BidiClass eos)
    {
        var t = p.Types;
        var n = seq.Length;
        var embedding = level % 2 == 0 ? BidiClass.L : BidiClass.R;
        for (var k = 0; k < n; k++)
        {
            if (!t[seq[k]].IsNeutralOrIsolate()) continue;
            var runEnd = k;
            while (runEnd < n && t[seq[runEnd]].IsNeutralOrIsolate()) runEnd++;

            // N1: between two strong types of one direction (EN and AN counting as R) they take it;
            // N2: otherwise the embedding direction.
            var before = k == 0 ? sos : Direction(t[seq[k - 1]]);
            var after = runEnd == n ? eos : Direction(t[seq[runEnd]]);
            var resolved = before == after ? before : embedding;
            for (var j = k; j < runEnd; j++) t[seq[j]] = resolved;
            k = runEnd - 1;
        }
    }

    private static BidiClass Direction(BidiClass c) => c == BidiClass.L ? BidiClass.L : BidiClass.R;
}
