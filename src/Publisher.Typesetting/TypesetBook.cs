using Publisher.Core.Diagnostics;
using Publisher.Core.PrintPages;
using Publisher.Layout.Pages;
using Publisher.Typesetting.Building;
using Publisher.Typesetting.Contents;
using Publisher.Typesetting.Images;

namespace Publisher.Typesetting;

/// <summary>
/// A book made into pages: what every writer reads. The PDF paints <see cref="Pages"/> (with the pictures in
/// <see cref="Images"/>, its bookmarks from <see cref="Outline"/>, its /PageLabels from <see cref="Labels"/>), and its
/// <see cref="CoverPage"/> is the EPUB's cover picture when the book has none;
/// the EPUB takes <see cref="PageMap"/> for its page list.
/// </summary>
public sealed record TypesetBook(
    IReadOnlyList<Page> Pages,
    PageLabels Labels,
    PrintPageMap PageMap,
    IReadOnlyList<OutlineEntry> Outline,
    ImageLibrary Images,
    IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>The typographic cover (title, subtitle, authors), when the template sets one.</summary>
    public Page? CoverPage => Pages.FirstOrDefault(p => p.Items.OfType<DestinationItem>().Any(d => d.Name == FrontMatterBuilder.CoverDestination));
}
