namespace Publisher.Layout.Inline.Bidi;

/// <summary>
/// Rules X9–X10 (BD7, BD13): the level runs of the characters X9 keeps, chained across isolates into
/// isolating run sequences, each resolved on its own by W1–W7, N0–N2 and I1–I2.
/// </summary>
internal static class IsolatingRunSequences
{
    public static void ResolveAll(BidiParagraph p, int start, int end, byte paragraphLevel)
    {
        var levels = p.Levels;
        var removed = p.Removed;
        var classes = p.Initial;

        // X9: the characters that stay, in order.
        // Their embedding levels are kept apart: I1–I2 raise the levels of a sequence before the next
        // one reads its neighbours' for sos and eos.
        var kept = new int[end - start];
        var keptLevels = new byte[end - start];
        var keptCount = 0;
        for (var i = start; i < end; i++)
        {
            if (removed[i]) continue;
            keptLevels[keptCount] = levels[i];
            kept[keptCount++] = i;
        }
        if (keptCount == 0) return;

        // BD7: level runs, as [runStart[r], runStart[r + 1]) of kept.
        var runStart = new int[keptCount + 1];
        var runCount = 0;
        for (var k = 0; k < keptCount; k++)
        {
            if (k == 0 || keptLevels[k] != keptLevels[k - 1]) runStart[runCount++] = k;
        }
        runStart[runCount] = keptCount;

        // The run that starts at a matched PDI, plus one (for chaining an initiator's run to it).
        int[]? runAtPdi = null;
        for (var r = 0; r < runCount; r++)
        {
            var first = kept[runStart[r]];
            if (classes[first] != BidiClass.PDI || p.Match[first] < 0) continue;
            runAtPdi ??= new int[end - start];
            runAtPdi[first - start] = r + 1;
        }

        var consumed = new bool[runCount];
        var sequence = new int[keptCount];
        for (var r = 0; r < runCount; r++)
        {
            if (consumed[r]) continue;

            // BD13: a run ending in an isolate initiator with a matching PDI goes on with the run
            // that starts at that PDI.
            var count = 0;
            var run = r;
            int lastKept;
            while (true)
            {
                consumed[run] = true;
                for (var k = runStart[run]; k < runStart[run + 1]; k++) sequence[count++] = kept[k];
                lastKept = runStart[run + 1];
                var last = sequence[count - 1];
                if (!classes[last].IsIsolateInitiator() || p.Match[last] < 0) break;
                var next = runAtPdi is null ? 0 : runAtPdi[p.Match[last] - start];
                if (next == 0) break;
                run = next - 1;
            }

            // X10: sos and eos from the higher of the sequence's level and its neighbour's.
            var seq = sequence.AsSpan(0, count);
            var level = keptLevels[runStart[r]];
            var before = runStart[r] > 0 ? keptLevels[runStart[r] - 1] : paragraphLevel;
            var lastChar = seq[count - 1];
            var after = classes[lastChar].IsIsolateInitiator() || lastKept >= keptCount
                ? paragraphLevel
                : keptLevels[lastKept];
            var sos = Math.Max(level, before) % 2 == 0 ? BidiClass.L : BidiClass.R;
            var eos = Math.Max(level, after) % 2 == 0 ? BidiClass.L : BidiClass.R;

            WeakTypes.Resolve(p, seq, sos);
            BracketPairs.Resolve(p, seq, level, sos);
            NeutralTypes.Resolve(p, seq, level, sos, eos);
            ImplicitLevels.Resolve(p, seq);
        }
    }
}
