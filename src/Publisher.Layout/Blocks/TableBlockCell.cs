using Publisher.Layout.Text;

namespace Publisher.Layout.Blocks;

/// <summary>
/// One cell of a <see cref="TableBlock"/>: its text as styled runs (a newline run breaks a
/// line), the column it starts in, and how many columns it spans.
/// </summary>
public sealed record TableBlockCell(int Column, IReadOnlyList<TextRun> Runs)
{
    public int Span { get; init; } = 1;

    /// <summary>The cell's element (a header or data cell) its text belongs to.</summary>
    public Structure.StructureElement? Structure { get; init; }
}
