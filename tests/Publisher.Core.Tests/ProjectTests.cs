using Publisher.Core.Books;

namespace Publisher.Core.Tests;

/// <summary>A project folder and the books in it, loaded through Core alone.</summary>
public sealed class ProjectTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Books_are_the_folders_under_content_that_hold_a_book_yml_in_name_order()
    {
        _folder.Write("content/zeta/book.yml", "title: Z\nlanguage: en\n");
        _folder.Write("content/alpha/book.yml", "title: A\nlanguage: en\n");
        _folder.Write("content/notes/readme.md", "# not a book\n");
        _folder.Write("content/loose.yml", "title: not a folder\n");

        Assert.Equal(["alpha", "zeta"], new Project(_folder.Root).BookNames());
    }

    [Fact]
    public void No_content_folder_means_no_books()
    {
        Assert.Empty(new Project(_folder.Root).BookNames());
    }

    [Fact]
    public void A_book_loads_with_its_chapters_in_name_order_titles_and_slugs()
    {
        _folder.Write("content/guide/book.yml", "title: The Guide\nlanguage: en\nidentifier: urn:isbn:123\n");
        _folder.Write("content/guide/02-second.md", "Some text with no heading.\n");
        _folder.Write("content/guide/01-first.md", "# The *first* chapter\n\nText.\n");
        _folder.Write("content/guide/03 Third!.md", "---\ntitle: Named in front matter\n---\n# Heading\n");
        _folder.Write("content/guide/notes.txt", "not a chapter");

        var book = new Project(_folder.Root).LoadBook("guide", "1000000000");

        Assert.Equal("guide", book.Name);
        Assert.Equal("urn:isbn:123", book.Identifier);
        Assert.Equal(new DateTimeOffset(2001, 9, 9, 1, 46, 40, TimeSpan.Zero), book.Timestamp);
        Assert.Equal("booklet", book.Template.Name);
        Assert.Equal(["01-first", "02-second", "03-third"], book.Chapters.Select(c => c.Slug));
        Assert.Equal(["The first chapter", "The Guide", "Named in front matter"], book.Chapters.Select(c => c.Title));
        Assert.Equal([true, false, false], book.Chapters.Select(c => c.TitleIsHeading));
        Assert.Equal(["content/guide/01-first.md", "content/guide/02-second.md", "content/guide/03 Third!.md"],
            book.Chapters.Select(c => c.DisplayPath));
        Assert.Equal([0, 1, 2], book.Chapters.Select(c => c.Index));
    }

    [Fact]
    public void Without_an_identifier_the_book_gets_one_from_its_folder_name()
    {
        _folder.Write("content/guide/book.yml", "title: The Guide\nlanguage: en\n");
        _folder.Write("content/guide/a.md", "# A\n");

        Assert.Equal(BookIdentifier.FromName("guide"), new Project(_folder.Root).LoadBook("guide", null).Identifier);
    }

    [Fact]
    public void Listed_chapters_keep_the_listed_order_and_slugs_stay_unique()
    {
        _folder.Write("content/guide/book.yml", "title: G\nlanguage: en\nchapters: [b/intro.md, a/intro.md]\n");
        _folder.Write("content/guide/a/intro.md", "# A\n");
        _folder.Write("content/guide/b/intro.md", "# B\n");

        var book = new Project(_folder.Root).LoadBook("guide", null);

        Assert.Equal(["B", "A"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["intro", "intro-2"], book.Chapters.Select(c => c.Slug));
    }

    [Fact]
    public void A_book_without_markdown_files_says_where_to_put_them()
    {
        _folder.Write("content/empty/book.yml", "title: E\nlanguage: en\n");

        Assert.Equal("content/empty/book.yml:1:1: error PUB013: the book has no chapters: add *.md files beside book.yml " +
                     "or list them under 'chapters'",
            Expect.Failure(() => new Project(_folder.Root).LoadBook("empty", null)));
    }

    [Fact]
    public void A_missing_cover_is_reported_at_its_key()
    {
        _folder.Write("content/guide/book.yml", "title: G\nlanguage: en\ncover: images/cover.png\n");
        _folder.Write("content/guide/a.md", "# A\n");

        Assert.Equal("content/guide/book.yml:3:8: error PUB011: cover image 'images/cover.png' not found",
            Expect.Failure(() => new Project(_folder.Root).LoadBook("guide", null)));
    }

    [Theory]
    [InlineData("01-Introduction", "01-introduction")]
    [InlineData("Chapter One: The Start", "chapter-one-the-start")]
    [InlineData("--x--", "x")]
    [InlineData("Глава", "chapter")]
    [InlineData("", "chapter")]
    public void Slugs_are_lower_case_letters_digits_and_hyphens(string name, string slug)
    {
        Assert.Equal(slug, BookLoader.Slug(name));
    }
}
