namespace Publisher.EndToEnd.Tests;

/// <summary><c>publisher new NAME</c> starts a book that builds at once, and never overwrites one.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_new_book_builds_at_once_and_passes_check()
    {
        using var project = TempProject.Empty();

        var created = project.RunProcess(null, "new", "field-notes");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal(["created content/field-notes/book.yml", "created content/field-notes/01-introduction.md",
                      "created content/field-notes/02-writing.md", "build it with: publisher build field-notes"],
            created.OutLines);
        Assert.Equal(["content/field-notes/01-introduction.md", "content/field-notes/02-writing.md",
                      "content/field-notes/book.yml"], project.Files());

        var built = project.RunProcess(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TempProject.Epoch },
            "build", "field-notes");
        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.Equal("", built.Err);
        var text = Tools.PdfText(project.PathOf("out/field-notes.pdf"));
        foreach (var words in new[] { "Field Notes", "Introduction", "What is in this folder", "Writing chapters",
                     "Headings and lists", "Read the PDF as a reader would", "publisher build --format pdf" })
            Assert.Contains(words, text);
        Assert.Contains("0 errors / 0 warnings", Tools.Epubcheck(project.PathOf("out/field-notes.epub")));

        var checkedBook = project.RunProcess(null, "check");
        Assert.True(checkedBook.ExitCode == 0, checkedBook.ToString());
        Assert.Equal(["field-notes: no problems found"], checkedBook.OutLines);
    }

    [Fact]
    public void An_existing_book_is_refused_and_left_as_it_was()
    {
        using var project = TempProject.From("content-only");
        var before = project.Read("content/sample/book.yml");

        var result = project.Run("new", "sample");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("error: content/sample/ already exists: choose another name, or remove it first", Assert.Single(result.ErrLines));
        Assert.Equal(before, project.Read("content/sample/book.yml"));
        Assert.Equal(["content/sample/01-first-steps.md", "content/sample/02-more.md", "content/sample/book.yml"],
            project.Files("content"));
    }

    [Theory]
    [InlineData("Field-Notes")]
    [InlineData("field notes")]
    [InlineData("_notes")]
    [InlineData("../escape")]
    [InlineData("notes.v2")]
    public void A_name_that_cannot_name_a_book_is_a_usage_error(string name)
    {
        using var project = TempProject.Empty();

        var result = project.Run("new", name);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: '{name}' cannot name a book: use lower-case letters, digits and hyphens, " +
                     "starting with a letter or digit (at most 64), such as 'field-notes'", Assert.Single(result.ErrLines));
        Assert.Empty(project.Files());
    }

    [Fact]
    public void Root_says_where_the_book_goes()
    {
        using var project = TempProject.Empty();
        Directory.CreateDirectory(project.PathOf("books"));

        var result = project.Run("new", "atlas", "--root", "books");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("created books/content/atlas/book.yml", result.OutLines[0]);
        Assert.Contains("title: Atlas\n", File.ReadAllText(project.PathOf("books/content/atlas/book.yml")));
    }
}
