namespace Publisher.EndToEnd.Tests;

/// <summary>
/// Files a hostile or careless contributor can put into a book or a template: symbolic links out of the
/// project, FIFOs and devices. Each is refused, at the place that names it, before anything reads it:
/// one line, exit code 1, the previous output untouched, nothing of the file anywhere; and
/// <c>publisher check</c> reports the same line.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempProject _project = TempProject.From("content-only");
    private readonly string _outside = Directory.CreateTempSubdirectory("publisher-outside-").FullName;

    public void Dispose()
    {
        _project.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void A_chapter_that_is_a_link_to_the_password_file_is_refused_and_never_printed()
    {
        File.CreateSymbolicLink(_project.PathOf("content/sample/03-leak.md"), "/etc/passwd");

        AssertRefused("content/sample/03-leak.md:1:1: error PUB012: '03-leak.md' leads outside the book's folder through a " +
                      "symbolic link (to /etc/passwd); sources may only use files inside it");
    }

    [Fact]
    public void A_listed_chapter_in_a_linked_folder_is_refused_at_its_entry_in_book_yml()
    {
        File.WriteAllText(Path.Combine(_outside, "notes.md"), "# Notes\n\nroot:x:0:0 a secret from outside the project\n");
        Directory.CreateSymbolicLink(_project.PathOf("content/sample/extra"), _outside);
        _project.Write("content/sample/book.yml", "title: A Sample\nlanguage: en\nchapters:\n  - 01-first-steps.md\n  - extra/notes.md\n");

        AssertRefused($"content/sample/book.yml:5:5: error PUB012: 'extra/notes.md' leads outside the book's folder through a " +
                      $"symbolic link (to {_outside}/notes.md); sources may only use files inside it");
    }

    [Fact]
    public void A_link_to_a_device_is_refused_before_it_is_read()
    {
        File.CreateSymbolicLink(_project.PathOf("content/sample/03-zero.md"), "/dev/zero");

        AssertRefused("content/sample/03-zero.md:1:1: error PUB012: '03-zero.md' leads outside the book's folder through a " +
                      "symbolic link (to /dev/zero); sources may only use files inside it");
    }

    [Fact]
    public void A_fifo_named_like_a_chapter_is_refused_instead_of_hanging_the_build()
    {
        Tools.Run("mkfifo", _project.PathOf("content/sample/03.md"));

        AssertRefused("content/sample/03.md:1:1: error PUB015: '03.md' is a FIFO (named pipe), not a regular file; " +
                      "Publisher reads only regular files");
    }

    [Fact]
    public void Images_in_a_folder_linked_out_of_the_book_are_refused_at_the_image()
    {
        File.Copy(PicturePng, Path.Combine(_outside, "pic.png"));
        Directory.CreateSymbolicLink(_project.PathOf("content/sample/shots"), _outside);
        File.AppendAllText(_project.PathOf("content/sample/02-more.md"), "\nA picture: ![a shot](shots/pic.png)\n");
        var line = File.ReadAllLines(_project.PathOf("content/sample/02-more.md")).Length;

        AssertRefused($"content/sample/02-more.md:{line}:12: error PUB012: 'shots/pic.png' leads outside the book's folder through " +
                      $"a symbolic link (to {_outside}/pic.png); sources may only use files inside it");
    }

    [Fact]
    public void A_fifo_named_like_an_image_is_refused_at_the_image()
    {
        Tools.Run("mkfifo", _project.PathOf("content/sample/pipe.png"));
        File.AppendAllText(_project.PathOf("content/sample/02-more.md"), "\n![a pipe](pipe.png)\n");
        var line = File.ReadAllLines(_project.PathOf("content/sample/02-more.md")).Length;

        AssertRefused($"content/sample/02-more.md:{line}:1: error PUB015: 'pipe.png' is a FIFO (named pipe), not a regular file; " +
                      "Publisher reads only regular files");
    }

    [Fact]
    public void A_cover_that_links_out_of_the_book_is_refused_at_the_cover_key()
    {
        File.Copy(PicturePng, Path.Combine(_outside, "pic.png"));
        File.CreateSymbolicLink(_project.PathOf("content/sample/cover.png"), Path.Combine(_outside, "pic.png"));
        File.AppendAllText(_project.PathOf("content/sample/book.yml"), "cover: cover.png\n");

        AssertRefused($"content/sample/book.yml:7:8: error PUB012: 'cover.png' leads outside the book's folder through a " +
                      $"symbolic link (to {_outside}/pic.png); sources may only use files inside it");
    }

    [Fact]
    public void A_book_folder_that_links_out_of_content_is_refused()
    {
        TempProject.CopyDirectory(_project.PathOf("content/sample"), Path.Combine(_outside, "book"));
        Directory.CreateSymbolicLink(_project.PathOf("content/linked"), Path.Combine(_outside, "book"));

        var result = _project.Run("build", "linked");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"content/linked/book.yml:1:1: error PUB012: the book's folder is a symbolic link to {_outside}/book, " +
                     "outside content/; a book's files must lie in the project", Assert.Single(result.ErrLines));
        Assert.Empty(_project.Files("out"));
    }

    [Fact]
    public void A_template_font_given_as_an_absolute_path_outside_the_templates_is_refused_at_its_key()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "templates", "fonts", "NotoSans-Regular.ttf"), Path.Combine(_outside, "Sans.ttf"));
        _project.Write("templates/booklet/template.yml", $"extends: booklet\nfonts:\n  serif:\n    regular: {_outside}/Sans.ttf\n");

        AssertRefused($"templates/booklet/template.yml:4:14: error PUB012: '{_outside}/Sans.ttf' points outside the templates " +
                      "folders; a template's files must lie in the project's templates/ or among the shipped templates");
    }

    /// <summary>A real PNG from another fixture.</summary>
    private static string PicturePng =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "check-problems", "content", "faulty", "images", "pic.png");

    /// <summary>
    /// Build and check both print exactly <paramref name="expected"/> and exit 1, within a minute (a FIFO once hung
    /// the build for ever); the previous output is untouched.
    /// </summary>
    private void AssertRefused(string expected)
    {
        PreviousOutput.Write(_project);

        var build = _project.RunWithin(TimeSpan.FromMinutes(1), "build");
        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.Equal("", build.Out);
        Assert.Equal(expected, Assert.Single(build.ErrLines));
        PreviousOutput.AssertUntouched(_project);

        var check = _project.RunWithin(TimeSpan.FromMinutes(1), "check");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Equal(expected, Assert.Single(check.ErrLines));
    }
}
