using Publisher.Layout.Blocks;
using Publisher.Layout.Fonts;

namespace Publisher.Layout.Text;

/// <summary>How a run of text is drawn. Colour is 0xRRGGBB.</summary>
public sealed record TextStyle(FontFace Face, double Size, uint Color)
{
    /// <summary>An external URI this text links to, if any.</summary>
    public string? LinkUri { get; init; }
    /// <summary>A named destination inside the document this text links to, if any.</summary>
    public string? LinkDestination { get; init; }
    /// <summary>
    /// A named destination where this run begins (an index entry's place, a span with an id): links lead to the line
    /// that holds the run's first character. Only the first run of such a span carries it.
    /// </summary>
    public string? Anchor { get; init; }
    /// <summary>
    /// This run shows the label of the page where this destination stands (a reference's "on page 12"), known only once
    /// the book is laid out (<see cref="LayoutContext.PageLabels"/>); its own text stands in until then.
    /// </summary>
    public string? PageOf { get; init; }
    /// <summary>The link of the source this text belongs to, for the structure (null: not link text).</summary>
    public SourceLink? Link { get; init; }
    /// <summary>A line through the text (Markdown ~~strikethrough~~).</summary>
    public bool Strikethrough { get; init; }
    /// <summary>A line under the text (Markdown ++inserted++).</summary>
    public bool Underline { get; init; }
    /// <summary>A tint behind the text, 0xRRGGBB (Markdown ==marked==); null: none.</summary>
    public uint? Highlight { get; init; }
    /// <summary>Set for a run of objects in the line instead of text: pictures or a formula (see <see cref="InlineObject"/>).</summary>
    public InlineObject? Image { get; init; }
    /// <summary>
    /// How far this text's baseline is raised above the line's, in points (a footnote reference). It does not
    /// move the line: the raised text sits in the leading, and only widens the line if it would not fit there.
    /// </summary>
    public double BaselineShift { get; init; }
    /// <summary>
    /// The footnote this text calls. The line the text lands on carries the note, so the paginator can set the
    /// note at the foot of that line's page. Only one reference to a note carries it; others just link to it.
    /// </summary>
    public Footnote? Footnote { get; init; }
    /// <summary>
    /// Inline code: never hyphenated (a hyphen would change what it says), and broken only after a space,
    /// '/', '.' or ',' (<see cref="Breaking.CodeBreaks"/>): "--allow-fs-read" never ends a line at "--".
    /// </summary>
    public bool Code { get; init; }
    /// <summary>The language of a span in another one than its paragraph (<c>*text*{lang=ja}</c>); null: the paragraph's.</summary>
    public string? Language { get; init; }
    /// <summary>
    /// A span set in its own direction inside its paragraph, as if isolated (Unicode's RLI/LRI…PDI): true right to left,
    /// false left to right, null as the bidi algorithm resolves it. Inline code is always left to right.
    /// </summary>
    public bool? RightToLeft { get; init; }
    /// <summary>
    /// Emphasis shown by dots beside each Chinese, Japanese or Korean character (template <c>body.cjk-emphasis: dots</c>)
    /// rather than by a bold face: over the characters (Japanese) or under them.
    /// </summary>
    public EmphasisDots EmphasisDots { get; init; }
}

/// <summary>Where emphasis dots stand beside CJK characters; None: emphasis is not shown by dots.</summary>
public enum EmphasisDots { None, Over, Under }

/// <summary>A piece of a paragraph in one style.</summary>
public sealed record TextRun(string Text, TextStyle Style);
