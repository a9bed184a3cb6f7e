namespace Publisher.Layout.Blocks;

/// <summary>
/// One row of a <see cref="TableBlock"/>. Header rows come first; they are ruled off from
/// the body and set again at the top of every page the table continues on.
/// </summary>
public sealed record TableBlockRow(IReadOnlyList<TableBlockCell> Cells, bool IsHeader = false)
{
    /// <summary>Where the row's first cell starts in the table's document, if known (see <see cref="BlockOrigin"/>).</summary>
    public int? SourceOffset { get; init; }
}
