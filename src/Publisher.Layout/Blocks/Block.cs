using Publisher.Layout.Structure;

namespace Publisher.Layout.Blocks;

/// <summary>
/// Something in the vertical flow of a document: a paragraph, a heading, a rule, a
/// space. It knows its spacing and keep rules and lays itself out into rows for a width.
/// </summary>
public abstract record Block
{
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }
    /// <summary>Do not end a page between this block and the start of the next (headings).</summary>
    public bool KeepWithNext { get; init; }
    /// <summary>Start this block on a new page.</summary>
    public bool PageBreakBefore { get; init; }
    /// <summary>With <see cref="PageBreakBefore"/>: start on a right-hand (odd) page, leaving a left-hand page blank if need be.</summary>
    public bool StartOnRecto { get; init; }
    /// <summary>Named destinations at the block's top (heading ids), for links and outlines.</summary>
    public IReadOnlyList<string> Anchors { get; init; } = [];
    /// <summary>A mark recorded on the page where this block starts (e.g. a chapter title for running heads).</summary>
    public string? Mark { get; init; }
    /// <summary>Where the block came from in the sources; only carried to <see cref="Pages.Page.Start"/>.</summary>
    public BlockOrigin? Origin { get; init; }

    /// <summary>The structure element the block's text and pictures belong to (null: none, an artifact).</summary>
    public StructureElement? Structure { get; init; }

    public abstract BlockRows Layout(LayoutContext context, double width);

    /// <summary>
    /// <see cref="Layout"/>, with the block's <see cref="Structure"/> given to the text, pictures and links of its
    /// rows that no inner block claimed (a caption's lines keep theirs, a figure's image takes the figure's).
    /// Rules and tints stay artifacts. What lays blocks out for the page calls this, not <see cref="Layout"/>.
    /// </summary>
    public BlockRows LayOut(LayoutContext context, double width)
    {
        var rows = Layout(context, width);
        return Structure is null ? rows : rows.WithElement(Structure);
    }
}
