namespace Publisher.Layout.Structure;

/// <summary>
/// What a part of a document is, in the standard structure types of tagged PDF (ISO 32000-1 §14.8.4), which
/// are also what a screen reader announces: a heading of a level, a paragraph, a list and its items, a table's
/// cells, a figure. The names are PDF's, so a writer writes them as they are.
/// </summary>
public enum StructureRole
{
    Document, Part, Sect, Div,
    H1, H2, H3, H4, H5, H6,
    P, BlockQuote, Code, Note, Caption,
    L, LI, Lbl, LBody,
    Table, THead, TBody, TR, TH, TD,
    Figure, Link,
    /// <summary>An inline span of its own, here one in another language than its paragraph (it carries /Lang).</summary>
    Span,
    TOC, TOCI,
    /// <summary>A formula: its /Alt is its LaTeX source; its glyphs are the Unicode math characters they show.</summary>
    Formula,
    /// <summary>The index at the back: its entries are P elements, each page number a Link.</summary>
    Index,
}
