namespace Publisher.Layout.Inline.Bidi;

/// <summary>Rules W1–W7: resolving the weak types of one isolating run sequence.</summary>
internal static class WeakTypes
{
    public static void Resolve(BidiParagraph p, ReadOnlySpan<int> seq, BidiClass sos)
    {
        var t = p.Types;
        var n = seq.Length;

        // W1: a nonspacing mark takes the type of the character before it (ON after an isolate
        // initiator or PDI, sos at the start).
        var previous = sos;
        for (var k = 0; k < n; k++)
        {
            var i = seq[k];
            var wasNsm = t[i] == BidiClass.NSM;
            p.WasNsm[i] = wasNsm;
            if (wasNsm)
            {
                t[i] = previous is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI
                    ? BidiClass.ON
                    : previous;
            }
            previous = t[i];
        }

        // W2: a European number after Arabic letters (the last strong type being AL) is an Arabic number.
        // W3: then AL becomes R.
        var lastStrong = sos;
        for (var k = 0; k < n; k++)
        {
            var i = seq[k];
            switch (t[i])
            {
                case BidiClass.L or BidiClass.R:
                    lastStrong = t[i];
                    break;
                case BidiClass.AL:
                    lastStrong = BidiClass.AL;
                    t[i] = BidiClass.R;
                    break;
                case BidiClass.EN when lastStrong == BidiClass.AL:
                    t[i] = BidiClass.AN;
                    break;
            }
        }

        // W4: one separator between two numbers of the same kind joins them (ES only for EN).
        for (var k = 1; k < n - 1; k++)
        {
            var i = seq[k];
            var c = t[i];
            if (c != BidiClass.ES && c != BidiClass.CS) continue;
            var before = t[seq[k - 1]];
            var after = t[seq[k + 1]];
            if (before != after) continue;
            if (before == BidiClass.EN || (before == BidiClass.AN && c == BidiClass.CS)) t[i] = before;
        }

        // W5: terminators next to a European number become European numbers.
        for (var k = 0; k < n; k++)
        {
            if (t[seq[k]] != BidiClass.ET) continue;
            var runEnd = k;
            while (runEnd < n && t[seq[runEnd]] == BidiClass.ET) runEnd++;
            var touchesEn = (k > 0 && t[seq[k - 1]] == BidiClass.EN)
                || (runEnd < n && t[seq[runEnd]] == BidiClass.EN);
            if (touchesEn)
            {
                for (var j = k; j < runEnd; j++) t[seq[j]] = BidiClass.EN;
            }
            k = runEnd - 1;
        }

        // W6: the separators and terminators left are neutral.
        for (var k = 0; k < n; k++)
        {
            var i = seq[k];
            if (t[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS) t[i] = BidiClass.ON;
        }

        // W7: a European number after left-to-right text (or sos L) is L.
        lastStrong = sos;
        for (var k = 0; k < n; k++)
        {
            var i = seq[k];
            var c = t[i];
            if (c is BidiClass.L or BidiClass.R) lastStrong = c;
            else if (c == BidiClass.EN && lastStrong == BidiClass.L) t[i] = BidiClass.L;
        }
    }
}
