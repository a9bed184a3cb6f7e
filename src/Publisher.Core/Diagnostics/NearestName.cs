namespace Publisher.Core.Diagnostics;

/// <summary>Finds the valid name closest to a misspelt one, for "did you mean" hints.</summary>
public static class NearestName
{
    public static string? Find(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
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

    /// <summary>Levenshtein distance with one row of memory.</summary>
    internal static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
