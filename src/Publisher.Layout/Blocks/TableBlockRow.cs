namespace Publisher.Layout.Blocks;

/// <summary>
/// One row of a <see cref="TableBlock"/>. Header rows come first; they are ruled off from
/// the body and set again at the top of every page the table continues on.
/// </summary>
public sealed record TableBlockRow(IReadOnlyList<TableBlockCell> Cells, bool IsHeader = false);
