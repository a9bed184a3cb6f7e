namespace Publisher.Layout.Pages;

/// <summary>Moves page items by an offset: rows are laid out at the origin and placed later.</summary>
public static class PageItemMoves
{
    public static PageItem Offset(this PageItem item, double dx, double dy) => item switch
    {
        GlyphRun g => g with { Baseline = g.Baseline + dy, X = Offset(g.X, dx), Right = g.Right + dx },
        RuleItem r => r with { X1 = r.X1 + dx, Y1 = r.Y1 + dy, X2 = r.X2 + dx, Y2 = r.Y2 + dy },
        FillItem f => f with { Area = f.Area.Offset(dx, dy) },
        ImageItem i => i with { Area = i.Area.Offset(dx, dy) },
        UriLinkItem l => l with { Area = l.Area.Offset(dx, dy) },
        InternalLinkItem l => l with { Area = l.Area.Offset(dx, dy) },
        DestinationItem d => d with { X = d.X + dx, Y = d.Y + dy },
        _ => throw new NotSupportedException(item.GetType().Name),
    };

    private static double[] Offset(double[] xs, double dx)
    {
        var moved = new double[xs.Length];
        for (var i = 0; i < xs.Length; i++) moved[i] = xs[i] + dx;
        return moved;
    }

    public static Rect Offset(this Rect r, double dx, double dy) => r with { X = r.X + dx, Y = r.Y + dy };
}
