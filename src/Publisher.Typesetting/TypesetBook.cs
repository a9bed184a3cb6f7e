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
    /// <summary>The typographic cover (title, subtitle, authors), when the template sets one: found once, before any page is let go.</summary>
    public Page? CoverPage { get; } = Pages.FirstOrDefault(p => p.Items.OfType<DestinationItem>().Any(d => d.Name == FrontMatterBuilder.CoverDestination));

    /// <summary>
    /// Lets what page <paramref name="index"/> shows go, once its writer has painted it and no one else will read it: a
    /// long book's painted pages then no longer add up while the PDF is written (the Node.js API docs: 2,244 pages). The
    /// page keeps its number and size. (The typesetter makes its pages as a <see cref="List{T}"/>; other lists keep theirs.)
    /// </summary>
    public void LetGoOfPage(int index)
    {
        if (Pages is List<Page> pages && pages[index] is var page && !ReferenceEquals(page, CoverPage))
            pages[index] = new Page(page.Number, page.Width, page.Height, page.TextArea);
    }
}
