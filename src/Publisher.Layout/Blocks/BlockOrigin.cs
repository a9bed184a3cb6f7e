namespace Publisher.Layout.Blocks;

/// <summary>
/// Where a block came from in the sources: the number of its document (a chapter) and the
/// character offset where it starts there. The layout engine does not read it; it only carries
/// it to the pages, so that a backend can tell where each page begins in the sources (an
/// EPUB's list of the print edition's pages).
/// </summary>
public readonly record struct BlockOrigin(int Document, int Offset);
