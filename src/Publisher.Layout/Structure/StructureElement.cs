namespace Publisher.Layout.Structure;

/// <summary>
/// One element of a document's logical structure: its role and its parent. Typesetting makes the elements
/// as it turns the sources into blocks; each block, and so each glyph run and image set from it
/// (<see cref="Pages.PageItem.Element"/>), points at the element it belongs to. An element knows no
/// children: a writer that tags its output (the PDF's structure tree) finds them in the order they first
/// appear on the pages, which is reading order, and meets only elements that reached a page (the front
/// matter is typeset again until the contents' numbers settle; the elements of earlier passes are let go).
/// </summary>
public sealed class StructureElement(StructureRole role, StructureElement? parent)
{

    /// <summary>The mark for things painted only to dress the page (running heads, folios, rules, tints, a header row set again): no part of the text.</summary>
    public static readonly StructureElement Artifact = new(StructureRole.Div, null);

    public StructureRole Role { get; } = role;

    /// <summary>The element this one is part of; null for the document itself.</summary>
    /// <remarks>Set later only for a Link made by a block that had no element of its own yet (a table cell's
    /// paragraph): the row that gives the block its element adopts the link (<see cref="Blocks.Row"/>).</remarks>
    public StructureElement? Parent { get; internal set; } = parent;

    /// <summary>A figure's alternative text: what a reader who cannot see it is told.</summary>
    public string? Alt { get; init; }

    /// <summary>A language other than the document's (BCP 47), for this element and what it holds.</summary>
    public string? Language { get; init; }

    /// <summary>For a table header cell: whether it heads a column (true) or a row.</summary>
    public bool HeadsColumn { get; init; } = true;

    /// <summary>The heading role of a level from 1 to 6 (levels beyond are sixth-level).</summary>
    public static StructureRole Heading(int level) => StructureRole.H1 + (Math.Clamp(level, 1, 6) - 1);
}
