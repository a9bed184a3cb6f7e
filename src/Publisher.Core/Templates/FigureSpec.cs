namespace Publisher.Core.Templates;

/// <summary>
/// Figures (an image alone in its paragraph): where an image narrower than the text stands,
/// the space around the figure, and the caption's style. The caption's space-before is the
/// gap between the image and the caption below it.
/// </summary>
public sealed record FigureSpec(TextAlign Align, double SpaceBefore, double SpaceAfter, BlockStyle Caption);
