namespace Publisher.Core.References;

/// <summary>What a label names, told by its prefix (<c>fig:</c>, <c>sec:</c>…), as Pandoc's crossref filter and Quarto write them.</summary>
public enum ReferenceKind
{
    Figure,
    Table,
    Equation,
    Listing,
    Section,
}

public static class ReferenceKinds
{
    /// <summary>The kind a label's prefix names (<c>fig:harbour</c> is a figure); null for a label of no known prefix.</summary>
    public static ReferenceKind? Of(string label)
    {
        var colon = label.IndexOf(':');
        return colon < 0 ? null : Prefix(label.AsSpan(0, colon));
    }

    public static ReferenceKind? Prefix(ReadOnlySpan<char> prefix) => prefix switch
    {
        "fig" => ReferenceKind.Figure,
        "tbl" => ReferenceKind.Table,
        "eq" => ReferenceKind.Equation,
        "lst" => ReferenceKind.Listing,
        "sec" => ReferenceKind.Section,
        _ => null,
    };
}
