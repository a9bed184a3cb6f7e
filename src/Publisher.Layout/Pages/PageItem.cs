using Publisher.Layout.Fonts;
using Publisher.Layout.Structure;

namespace Publisher.Layout.Pages;

/// <summary>Something painted on a page.</summary>
public abstract record PageItem
{
    /// <summary>
    /// The structure element the item belongs to (a heading, a table cell, a figure); null or
    /// <see cref="StructureElement.Artifact"/> for what only dresses the page (running heads, rules, tints).
    /// </summary>
    public StructureElement? Element { get; init; }
}

/// <summary>
/// Glyphs in one face and size on one baseline. <see cref="X"/> holds each glyph's
/// absolute position; <see cref="Text"/> and <see cref="Clusters"/> (UTF-16 index in
/// Text where each glyph's characters start) let a PDF map glyphs back to text.
/// </summary>
public sealed record GlyphRun(FontFace Face, double Size, uint Color, double Baseline,
    ushort[] Glyphs, double[] X, double[] OffsetY, string Text, int[] Clusters) : PageItem
{
    public double Left => X.Length == 0 ? 0 : X[0];
    public required double Right { get; init; }
    /// <summary>The run ends a line broken inside a word: its last glyph is the hyphen the break added, not the author's.</summary>
    public bool EndsWithHyphen { get; init; }
    /// <summary>
    /// Right-to-left text (Arabic, Hebrew): its glyphs stand in visual order, the reverse of <see cref="Text"/>'s, so a
    /// writer must give the text in its logical order besides (the PDF's /ActualText) for extraction and tags.
    /// </summary>
    public bool RightToLeft { get; init; }

    /// <summary>A run of text that holds its place on the page without its glyphs (<see cref="LayoutContext.SetsGlyphs"/>).</summary>
    public static GlyphRun Unset(FontFace face, double size, uint color, double baseline, double right) =>
        new(face, size, color, baseline, [], [], [], "", []) { Right = right };
}

/// <summary>A straight line, e.g. a thematic break or a table rule.</summary>
public sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Thickness, uint Color) : PageItem;

/// <summary>A filled rectangle, e.g. the tint behind a code block.</summary>
public sealed record FillItem(Rect Area, uint Color) : PageItem
{
    /// <summary>Edges that reach the page's edge run on into the bleed, so trimming leaves no white sliver.</summary>
    public bool FullBleed { get; init; }
}

/// <summary>An image scaled into <see cref="Area"/>; the backend decodes <see cref="Source"/>.</summary>
public sealed record ImageItem(Rect Area, string Source) : PageItem
{
    /// <summary>
    /// The image covers the whole page (a cover): its <see cref="Area"/> may overflow the page and the
    /// backend clips it at the page's edge. With a bleed, edges that reach the page's edge run on into it
    /// (the picture grows, keeping its shape).
    /// </summary>
    public bool FullBleed { get; init; }
}

/// <summary>A clickable area leading to a URI outside the document.</summary>
public sealed record UriLinkItem(Rect Area, string Uri) : PageItem;

/// <summary>A clickable area leading to a named destination inside the document.</summary>
public sealed record InternalLinkItem(Rect Area, string Destination) : PageItem;

/// <summary>A named place that links and outlines can jump to.</summary>
public sealed record DestinationItem(string Name, double X, double Y) : PageItem;
