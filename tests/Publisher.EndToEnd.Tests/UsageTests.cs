namespace Publisher.EndToEnd.Tests;

/// <summary>Wrong usage exits 2; a project with nothing to build exits 1; both say why in one line.</summary>
public sealed class UsageTests
{
    [Fact]
    public void An_unknown_book_is_a_usage_error_that_lists_the_books()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/other/book.yml", "title: Other\nlanguage: en\n");

        var result = project.RunWith(null, FakeWriter.Both(), "build", "smaple");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("error: unknown book 'smaple' (did you mean 'sample'?); available: other, sample",
            Assert.Single(result.ErrLines));
        Assert.Empty(project.Files("out"));
    }

    [Fact]
    public void A_path_to_a_folder_outside_content_is_not_a_book()
    {
        using var project = TempProject.From("content-only");

        var result = project.RunWith(null, FakeWriter.Both(), "build", "elsewhere/sample");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: unknown book 'elsewhere/sample'; available: sample",
            Assert.Single(result.ErrLines));
    }

    [Theory]
    [InlineData("build", "--format", "docx")]
    [InlineData("build", "--colour")]
    [InlineData("build", "sample", "--colour")]
    [InlineData("build", "one", "two")]
    [InlineData("biuld")]
    [InlineData]
    public void Wrong_arguments_exit_2_and_build_nothing(params string[] args)
    {
        using var project = TempProject.From("content-only");

        var result = project.RunWith(null, FakeWriter.Both(), args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("error: ", result.Err);
        Assert.EndsWith("Run 'publisher --help' for usage.", result.ErrLines[^1]);
        Assert.Empty(project.Files("out"));
    }

    [Fact]
    public void Format_is_not_case_sensitive()
    {
        using var project = TempProject.From("content-only");

        var result = project.RunWith(null, FakeWriter.Both(), "build", "--format", "EPUB");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["out/sample.epub"], project.Files("out"));
    }

    [Fact]
    public void Help_lists_the_options_and_exits_0()
    {
        using var project = TempProject.Empty();

        var result = project.Run("build", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--format", "--out", "--root", "<book>" })
            Assert.Contains(option, result.Out);
    }

    [Fact]
    public void A_folder_without_content_says_so_and_exits_1()
    {
        using var project = TempProject.Empty();

        var result = project.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: no content/ folder in {project.Root}: each book lives in content/<name>/ beside a book.yml " +
                     "(run from the project folder, or name it with --root)", Assert.Single(result.ErrLines));
    }

    [Fact]
    public void A_content_folder_without_books_says_so_and_exits_1()
    {
        using var project = TempProject.Empty();
        project.Write("content/notes/readme.md", "# Not a book: no book.yml\n");

        var result = project.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: no books in content/: a book is a folder content/<name>/ holding a book.yml",
            Assert.Single(result.ErrLines));
    }

    [Fact]
    public void A_root_that_does_not_exist_is_a_usage_error()
    {
        using var project = TempProject.Empty();

        var result = project.Run("build", "--root", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --root: the folder 'no-such-folder' does not exist", Assert.Single(result.ErrLines));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999")]
    public void A_malformed_SOURCE_DATE_EPOCH_is_refused(string value)
    {
        using var project = TempProject.From("content-only");

        var result = project.RunWith(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value },
            FakeWriter.Both(), "build");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '{value}'",
            Assert.Single(result.ErrLines));
        Assert.Empty(project.Files("out"));
    }
}
