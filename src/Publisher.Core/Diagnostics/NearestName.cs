namespace Publisher.Core.Diagnostics;

/// <summary>Finds the valid name closest to a misspelt one, for "did you mean" hints.</summary>
public static class NearestName
{
    public static string? Find(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = Math.Max(2, wrong.Length / 2);
        foreach (var candidate in candidates)
        {
            // Words whose lengths differ by more than the distance allowed cannot be near: not worth comparing.
            if (Math.Abs(candidate.Length - wrong.Length) > allowed) continue;
            var d = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        // A suggestion further away than half the word is noise, not help.
        return best is not null && bestDistance <= Math.Max(2, wrong.Length / 2) ? best : null;
    }

    public static string Hint(string wrong, IEnumerable<string> candidates)
    {
        var nearest = Find(wrong, candidates);
        return nearest is null ? "" : $" (did you mean '{nearest}'?)";
    }

    /// <summary>
    /// Edits from one word to the other: a letter added, dropped or changed, or two neighbours swapped (the optimal
    /// string alignment distance): "alhpa" is one edit from "alpha", as a typing slip is one, not two.
    /// </summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
