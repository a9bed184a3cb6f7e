using Publisher.Core.Books;

namespace Publisher.Core.Tests;

/// <summary>A character XML cannot carry is an error at its place, wherever it would reach the EPUB.</summary>
public sealed class ControlCharacterTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Book Load(string chapter, string bookYml = TestFolder.MinimalBookYml) => _folder.LoadBook(chapter, bookYml);

    [Fact]
    public void A_control_character_in_a_chapter_is_an_error_at_its_line_and_column()
    {
        var error = Expect.Failure(() => Load("# One\n\nSome \u0001text.\n"));
        Assert.Equal("content/b/01-one.md:3:6: error PUB045: the control character U+0001, which an EPUB (XML) cannot carry and print does not show; remove it", error);
    }

    [Fact]
    public void An_entity_for_one_is_an_error_too()
    {
        var error = Expect.Failure(() => Load("# One\n\nA &#27; b.\n"));
        Assert.Equal("content/b/01-one.md:3:3: error PUB045: '&#27;' stands for the control character U+001B, which an EPUB (XML) cannot carry and print does not show; remove it", error);
    }

    [Fact]
    public void A_front_matter_title_escaping_one_is_an_error_at_the_value()
    {
        var error = Expect.Failure(() => Load("---\ntitle: \"Bad\\x01title\"\n---\n# One\n"));
        Assert.Equal("content/b/01-one.md:2:8: error PUB045: 'title' holds the control character U+0001, which an EPUB (XML) cannot carry and print does not show; remove it", error);
    }

    [Fact]
    public void A_book_yml_value_escaping_one_is_an_error_at_the_value()
    {
        var error = Expect.Failure(() => Load("# One\n", "title: B\nlanguage: en\nauthors: [\"Ann\\x07\"]\n"));
        Assert.Equal("content/b/book.yml:3:11: error PUB045: 'authors' holds the control character U+0007, which an EPUB (XML) cannot carry and print does not show; remove it", error);
    }
}
