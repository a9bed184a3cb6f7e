namespace Publisher.Layout.Inline.Bidi;

/// <summary>Rules I1–I2: the resolved types raise the embedding levels.</summary>
internal static class ImplicitLevels
{
    public static void Resolve(BidiParagraph p, ReadOnlySpan<int> seq)
    {
        var t = p.Types;
        var levels = p.Levels;
        foreach (var i in seq)
        {
            var c = t[i];
            if (levels[i] % 2 == 0)
            {
                // I1
                if (c == BidiClass.R) levels[i] += 1;
                else if (c is BidiClass.AN or BidiClass.EN) levels[i] += 2;
            }
            else if (c is BidiClass.L or BidiClass.EN or BidiClass.AN)
            {
                levels[i] += 1; // I2
            }
        }
    }
}
