using Publisher.Core.Books;
using Publisher.Core.Checks;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Tests;

/// <summary>
/// The characters a chapter prints, each at its own line and column in the source, for checks
/// such as font coverage; and the load that collects every broken link and image for them.
/// </summary>
public sealed class ChapterCharactersTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Book Load(string chapter, List<Diagnostic>? errors = null)
    {
        _folder.Write("content/b/book.yml", "title: B\nlanguage: en\n");
        _folder.Write("content/b/01-one.md", chapter);
        return new Project(_folder.Root).LoadBook("b", "0", errors);
    }

    private static List<string> Places(Book book, char wanted) => ChapterCharacters.Of(book.Chapters[0])
        .Where(c => c.Rune.Value == wanted)
        .Select(c => $"{c.Location.Line}:{c.Location.Column}")
        .ToList();

    [Fact]
    public void Text_headings_inline_code_and_code_blocks_each_give_their_own_columns()
    {
        // The image is a URL, an error collected here so that the load goes on.
        var book = Load("---\ntitle: Ж\n---\n# Ж head\n\nOne Ж and *Ж* and `x Ж`.\n\n```\n  Ж\n```\n\n![Ж alt](https://example.org/Ж.png)\n", []);

        // The front matter's title is printed (running heads, contents) and the alt text may be
        // (a caption); the URL never is.
        Assert.Equal(["2:8", "4:3", "6:5", "6:12", "6:22", "9:3", "12:3"], Places(book, 'Ж'));
    }

    [Fact]
    public void Text_that_Markdig_rewrote_is_placed_at_its_node()
    {
        var book = Load("Say &mdash; it.\n");

        Assert.Equal(["1:5"], Places(book, '—'));
    }

    [Fact]
    public void Given_a_list_every_broken_link_and_image_is_collected_instead_of_stopping_the_load()
    {
        var errors = new List<Diagnostic>();

        Load("# One\n\n[a](#nowhere) and [b](02-gone.md).\n\n![c](missing.png)\n", errors);

        Assert.Equal(["content/b/01-one.md:3:1: error PUB040: link to '#nowhere', but this chapter has no heading with that id",
                      "content/b/01-one.md:3:19: error PUB040: link to '02-gone.md', which is not a chapter of this book",
                      "content/b/01-one.md:5:1: error PUB041: image 'missing.png' not found"],
            errors.Select(e => e.ToString()));
    }
}
