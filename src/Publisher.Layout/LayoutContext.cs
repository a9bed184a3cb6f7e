using Publisher.Layout.Shaping;
using Publisher.Layout.Text;

namespace Publisher.Layout;

/// <summary>What every block needs while it lays itself out: the shaper (and its cache) and font fallback.</summary>
public sealed class LayoutContext(TextShaper shaper, FontFallback? fallback = null)
{
    public TextShaper Shaper { get; } = shaper;
    public FontFallback Fallback { get; } = fallback ?? FontFallback.None;

    /// <summary>
    /// The page labels of the places text refers to by page ("on page 12"), by destination, from the layout before:
    /// a run whose style names a place (<see cref="Text.TextStyle.PageOf"/>) shows its label. Empty on the first layout.
    /// </summary>
    public IReadOnlyDictionary<string, string> PageLabels { get; set; } = new Dictionary<string, string>();
}
