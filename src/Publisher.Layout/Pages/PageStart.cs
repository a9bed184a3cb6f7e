using Publisher.Layout.Blocks;

namespace Publisher.Layout.Pages;

/// <summary>
/// Where a page begins in the sources: the origin of the first block that has one with rows on
/// the page, and how many words of that block were set on earlier pages (0: the block starts
/// here). A page that opens in the middle of a word (a word cut at the margin) counts that word
/// as set before, so the page begins at the first word that starts on it.
/// </summary>
public readonly record struct PageStart(BlockOrigin Origin, int Word);
