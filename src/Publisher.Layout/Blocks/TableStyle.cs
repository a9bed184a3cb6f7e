namespace Publisher.Layout.Blocks;

/// <summary>
/// How a table is ruled and spaced, in the book style: a rule above and below the table and
/// one under the header, no vertical lines. Lengths are in points at the table's full text
/// size; a table that is shrunk to fit scales its leading and padding with its text.
/// </summary>
public sealed record TableStyle
{
    /// <summary>Baseline-to-baseline distance of the cells' lines.</summary>
    public required double Leading { get; init; }
    /// <summary>Space between a cell's text and its left and right edges.</summary>
    public double PaddingX { get; init; }
    /// <summary>Space between a cell's text and its top and bottom edges.</summary>
    public double PaddingY { get; init; }
    /// <summary>Rule colour, 0xRRGGBB.</summary>
    public uint RuleColor { get; init; }
    /// <summary>Thickness of the rules above and below the table (0: none).</summary>
    public double RuleThickness { get; init; } = 0.5;
    /// <summary>Thickness of the rule under the header rows (0: none).</summary>
    public double HeaderRuleThickness { get; init; } = 0.5;
    /// <summary>
    /// The smallest share of its size a table's text may shrink to when its columns do not
    /// fit the width even with every line broken; narrower still, cells cut their words.
    /// </summary>
    public double MinScale { get; init; } = 1;
}
