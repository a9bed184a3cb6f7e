using Publisher.Layout.Fonts;

namespace Publisher.Layout.Text;

/// <summary>How a run of text is drawn. Colour is 0xRRGGBB.</summary>
public sealed record TextStyle(FontFace Face, double Size, uint Color)
{
    /// <summary>An external URI this text links to, if any.</summary>
    public string? LinkUri { get; init; }
    /// <summary>A named destination inside the document this text links to, if any.</summary>
    public string? LinkDestination { get; init; }
    /// <summary>A line through the text (Markdown ~~strikethrough~~).</summary>
    public bool Strikethrough { get; init; }
    /// <summary>Set for a run of images in the line instead of text (see <see cref="InlineImage"/>).</summary>
    public InlineImage? Image { get; init; }
}

/// <summary>A piece of a paragraph in one style.</summary>
public sealed record TextRun(string Text, TextStyle Style);
