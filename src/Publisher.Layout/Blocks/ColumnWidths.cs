namespace Publisher.Layout.Blocks;

/// <summary>
/// Column widths from content, as CSS's automatic table layout finds them. Every column has
/// a minimum (its widest unbreakable piece) and a maximum (its widest unbroken line); a table
/// that fits at its maximum widths takes them, one that does not gives each column its
/// minimum plus a share of the remaining width in proportion to what it would still like,
/// so a narrow column stays narrow while wide ones wrap.
/// </summary>
public static class ColumnWidths
{
    /// <summary>What one cell asks for: columns [Column, Column + Span) and its content widths, padding included.</summary>
    public readonly record struct Demand(int Column, int Span, double Min, double Max);

    /// <summary>Each column's minimum and maximum width from the demands of the cells in it.</summary>
    public static (double[] Min, double[] Max) Combine(int columns, IEnumerable<Demand> demands)
    {
        var min = new double[columns];
        var max = new double[columns];
        var spanning = new List<Demand>();
        foreach (var d in demands)
        {
            if (d.Span > 1) { spanning.Add(d); continue; }
            min[d.Column] = Math.Max(min[d.Column], d.Min);
            max[d.Column] = Math.Max(max[d.Column], Math.Max(d.Min, d.Max));
        }
        // A cell across several columns widens them only by what they lack together, shared
        // in proportion to their maximum widths (evenly when they have none yet).
        foreach (var d in spanning.OrderBy(d => d.Span))
        {
            Widen(min, max, d.Column, d.Span, d.Min);
            Widen(max, max, d.Column, d.Span, Math.Max(d.Min, d.Max));
        }
        for (var c = 0; c < columns; c++) max[c] = Math.Max(max[c], min[c]);
        return (min, max);
    }

    /// <summary>Widths for the columns within <paramref name="available"/> points.</summary>
    public static double[] Fit(double[] min, double[] max, double available)
    {
        var sumMin = min.Sum();
        var sumMax = max.Sum();
        if (sumMax <= available) return (double[])max.Clone();
        if (sumMin <= available)
        {
            var share = (available - sumMin) / (sumMax - sumMin);
            return min.Select((m, c) => m + (max[c] - m) * share).ToArray();
        }
        // Not even the unbreakable pieces fit, and some word must be cut (the table never crosses the
        // margin). Only the columns too wide for an even share give way: a column whose longest word fits
        // in that share keeps it whole, and what is left is shared evenly among the others.
        return Shared(min, available);
    }

    /// <summary>Max-min fair shares of <paramref name="available"/>: no column more than its minimum, the widest cut.</summary>
    private static double[] Shared(double[] min, double available)
    {
        var widths = new double[min.Length];
        var open = Enumerable.Range(0, min.Length).OrderBy(c => min[c]).ToList();
        var left = available;
        while (open.Count > 0 && min[open[0]] <= left / open.Count)
        {
            widths[open[0]] = min[open[0]];
            left -= min[open[0]];
            open.RemoveAt(0);
        }
        foreach (var c in open) widths[c] = left / open.Count;
        return widths;
    }

    private static void Widen(double[] target, double[] weights, int first, int span, double wanted)
    {
        var have = 0.0;
        var weight = 0.0;
        for (var c = first; c < first + span; c++) { have += target[c]; weight += weights[c]; }
        if (wanted <= have) return;
        var extra = wanted - have;
        for (var c = first; c < first + span; c++)
            target[c] += weight > 0 ? extra * weights[c] / weight : extra / span;
    }
}
