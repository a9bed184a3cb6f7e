namespace Publisher.Layout.Text;

/// <summary>
/// One link of the source text. Every run its text is set in points at the same instance, however line
/// breaking and font fallback cut it up, so a tagged PDF can gather the link's text, on one line or two,
/// into one Link element with its annotations; two links to the same place stay two links.
/// </summary>
public sealed class SourceLink;
