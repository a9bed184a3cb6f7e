using Publisher.Layout.Shaping;

namespace Publisher.Layout;

/// <summary>What every block needs while it lays itself out: the shaper (and its cache).</summary>
public sealed class LayoutContext(TextShaper shaper)
{
    public TextShaper Shaper { get; } = shaper;
}
