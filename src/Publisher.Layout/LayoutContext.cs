using Publisher.Layout.Shaping;
using Publisher.Layout.Text;

namespace Publisher.Layout;

/// <summary>What every block needs while it lays itself out: the shaper (and its cache) and font fallback.</summary>
public sealed class LayoutContext(TextShaper shaper, FontFallback? fallback = null)
{
    public TextShaper Shaper { get; } = shaper;
    public FontFallback Fallback { get; } = fallback ?? FontFallback.None;
}
