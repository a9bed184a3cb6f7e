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

    /// <summary>
    /// False when the text is laid out only to find where lines and pages break (an EPUB built alone needs the print
    /// edition's page breaks, not its pictures): each run of a line keeps its place, extent and structure on the page,
    /// but not its glyphs (<see cref="Pages.GlyphRun.Unset"/>). Lines, rows and pages come out the same. Most of an
    /// unpainted book's memory was the glyphs' positions, and allocating it most of its time.
    /// </summary>
    public bool SetsGlyphs { get; private init; } = true;

    /// <summary>Paragraphs broken in earlier builds, to be set again without breaking them (<c>publisher watch</c>); null in a plain build.</summary>
    public Breaking.LineMemory? Lines { get; init; }

    /// <summary>A context for laying text out without its glyphs (<see cref="SetsGlyphs"/>), sharing this one's shaper, fallback and memory.</summary>
    public LayoutContext WithoutGlyphs() => new(Shaper, Fallback) { SetsGlyphs = false, PageLabels = PageLabels, Lines = Lines };
}
