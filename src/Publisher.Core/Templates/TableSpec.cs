namespace Publisher.Core.Templates;

/// <summary>
/// Tables, in the book style: the cells' text (header cells in <see cref="HeaderBold"/>),
/// the space around each cell's text, the rules above and below the table and under its
/// header (no vertical lines), the smallest size a table too wide for the page may shrink
/// its text to, and the space around the table. Lengths in points.
/// </summary>
public sealed record TableSpec(TextStyleSpec Text, bool HeaderBold, double PaddingVertical, double PaddingHorizontal,
    string RuleColor, double RuleThickness, double HeaderRuleThickness, double MinSize, double SpaceBefore,
    double SpaceAfter);
