namespace Publisher.Layout.Inline.Bidi;

/// <summary>BD9 (matching isolates) and rules X1–X8: the explicit embedding levels.</summary>
internal static class ExplicitLevels
{
    /// <summary>The deepest explicit embedding level (BD2).</summary>
    public const int MaxDepth = 125;

    private const byte OverrideNone = 0, OverrideL = 1, OverrideR = 2;

    /// <summary>
    /// BD9: pairs each isolate initiator with the first following PDI at the same isolate depth,
    /// within the paragraph. <see cref="BidiParagraph.Match"/> gets −1 where there is no partner.
    /// </summary>
    public static void MatchIsolates(BidiParagraph p, int start, int end)
    {
        var classes = p.Initial;
        var match = p.Match;
        int[]? open = null;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            match[i] = -1;
            var c = classes[i];
            if (c.IsIsolateInitiator())
            {
                open ??= new int[end - i]; // no deeper than the initiators left
                open[depth++] = i;
            }
            else if (c == BidiClass.PDI && depth > 0)
            {
                var initiator = open![--depth];
                match[initiator] = i;
                match[i] = initiator;
            }
        }
    }

    /// <summary>
    /// X1–X8 over one paragraph: the directional status stack gives every character not removed by
    /// X9 its embedding level, and overrides rewrite the types of the characters they cover. Removed
    /// characters are only marked (<see cref="BidiParagraph.Removed"/>).
    /// </summary>
    public static void Resolve(BidiParagraph p, int start, int end, byte paragraphLevel)
    {
        var classes = p.Initial;
        var types = p.Types;
        var levels = p.Levels;
        var removed = p.Removed;

        // X1: the stack starts with the paragraph's entry. Its depth never passes MaxDepth + 2.
        Span<byte> stackLevel = stackalloc byte[MaxDepth + 2];
        Span<byte> stackOverride = stackalloc byte[MaxDepth + 2];
        Span<bool> stackIsolate = stackalloc bool[MaxDepth + 2];
        var top = 0;
        stackLevel[0] = paragraphLevel;
        stackOverride[0] = OverrideNone;
        stackIsolate[0] = false;
        var overflowIsolates = 0;
        var overflowEmbeddings = 0;
        var validIsolates = 0;

        for (var i = start; i < end; i++)
        {
            var c = classes[i];
            removed[i] = false;
            switch (c)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                {
                    // X2–X5: embeddings and overrides.
                    var rtl = c is BidiClass.RLE or BidiClass.RLO;
                    var level = NextLevel(stackLevel[top], rtl);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        top++;
                        stackLevel[top] = (byte)level;
                        stackOverride[top] = c switch
                        {
                            BidiClass.RLO => OverrideR,
                            BidiClass.LRO => OverrideL,
                            _ => OverrideNone,
                        };
                        stackIsolate[top] = false;
                    }
                    else if (overflowIsolates == 0)
                    {
                        overflowEmbeddings++;
                    }
                    levels[i] = stackLevel[top];
                    removed[i] = true; // X9
                    break;
                }
                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                {
                    // X5a–X5c: the initiator itself stays at the outer level, under the outer override.
                    levels[i] = stackLevel[top];
                    ApplyOverride(types, i, stackOverride[top]);
                    var rtl = c == BidiClass.RLI;
                    if (c == BidiClass.FSI)
                    {
                        var stop = p.Match[i] >= 0 ? p.Match[i] : end;
                        rtl = ParagraphDirection.FirstStrong(classes.AsSpan(i + 1, stop - i - 1)) == 1;
                    }
                    var level = NextLevel(stackLevel[top], rtl);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        validIsolates++;
                        top++;
                        stackLevel[top] = (byte)level;
                        stackOverride[top] = OverrideNone;
                        stackIsolate[top] = true;
                    }
                    else
                    {
                        overflowIsolates++;
                    }
                    break;
                }
                case BidiClass.PDI:
                    // X6a: closes the isolate and every embedding opened inside it.
                    if (overflowIsolates > 0)
                    {
                        overflowIsolates--;
                    }
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stackIsolate[top]) top--;
                        top--;
                        validIsolates--;
                    }
                    levels[i] = stackLevel[top];
                    ApplyOverride(types, i, stackOverride[top]);
                    break;
                case BidiClass.PDF:
                    // X7
                    if (overflowIsolates > 0)
                    {
                    }
                    else if (overflowEmbeddings > 0)
                    {
                        overflowEmbeddings--;
                    }
                    else if (!stackIsolate[top] && top >= 1)
                    {
                        top--;
                    }
                    levels[i] = stackLevel[top];
                    removed[i] = true;
                    break;
                case BidiClass.B:
                    // X8: the paragraph's end takes the paragraph level.
                    levels[i] = paragraphLevel;
                    break;
                case BidiClass.BN:
                    levels[i] = stackLevel[top];
                    removed[i] = true;
                    break;
                default:
                    // X6
                    levels[i] = stackLevel[top];
                    ApplyOverride(types, i, stackOverride[top]);
                    break;
            }
        }
    }

    /// <summary>The least odd (rtl) or even level greater than <paramref name="level"/>.</summary>
    private static int NextLevel(int level, bool rtl) => rtl ? (level + 1) | 1 : (level + 2) & ~1;

    private static void ApplyOverride(BidiClass[] types, int i, byte status)
    {
        if (status == OverrideL) types[i] = BidiClass.L;
        else if (status == OverrideR) types[i] = BidiClass.R;
    }
}
