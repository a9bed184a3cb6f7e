using System.Text.Json;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// <c>publisher check</c> reports every problem of a book at its place, writes nothing, and exits 1
/// when any is an error. The fixture book holds one problem of each kind.
/// </summary>
public sealed class CheckCommandTests
{
    private static readonly string[] FaultyBookProblems =
    [
        "content/faulty/01-start.md:3:11: error PUB040: link to '03-gone.md', which is not a chapter of this book",
        "content/faulty/01-start.md:3:47: error PUB040: link to '#nowhere', but this chapter has no heading with that id",
        "content/faulty/01-start.md:5:12: warning PUB080: image 'images/pic.png' has no alternative text: " +
        "write what it shows between the brackets, ![like this](images/pic.png)",
        "content/faulty/01-start.md:7:1: error PUB041: image 'images/missing.png' not found",
        "content/faulty/01-start.md:9:8: error PUB081: U+1F9E0 BRAIN is in none of the fonts of template 'booklet' " +
        "nor in any font installed on this machine: it would print as an empty box (and 1 more time in this file); " +
        "colour emoji fonts cannot be printed, so add an outline emoji font (Noto Emoji, OFL) under 'fallback-fonts'",
        "content/faulty/02-more.md:3:13: error PUB040: link to '#strat', but '01-start.md' has no heading with that id (did you mean 'start'?)",
        "content/faulty/02-more.md:6:5: error PUB081: U+1F9D0 FACE WITH MONOCLE is in none of the fonts of template 'booklet' " +
        "nor in any font installed on this machine: it would print as an empty box; " +
        "colour emoji fonts cannot be printed, so add an outline emoji font (Noto Emoji, OFL) under 'fallback-fonts'",
        "content/faulty/02-more.md:9:1: warning PUB084: this table has no header row, so a screen reader cannot say which " +
        "column a cell is in: give it one (in a grid table, a +===+ line under the first row)",
        "content/faulty/02-more.md:15:1: warning PUB084: this table's header row is empty, so a screen reader cannot say " +
        "which column a cell is in: write the columns' names in it",
        "content/faulty/02-more.md:23:1: warning PUB050: raw HTML: kept in the EPUB; the PDF sets only its text",
        "content/faulty/02-more.md:23:1: warning PUB084: this HTML table has no header cells (<th>), so a screen reader " +
        "cannot say which column a cell is in: make its first row's cells <th>",
        "content/faulty/draft.md:1:1: warning PUB082: this Markdown file is not a chapter of the book (book.yml's 'chapters' leaves it out)",
        "content/faulty/images/old.png:1:1: warning PUB082: no chapter uses this file",
    ];

    [Fact]
    public void Every_problem_is_reported_at_its_place_in_file_order_and_errors_exit_1()
    {
        using var project = TempProject.From("check-problems");

        var result = project.Run("check");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(FaultyBookProblems, result.ErrLines);
        Assert.Equal(["faulty: 6 errors, 7 warnings"], result.OutLines);
        Assert.Empty(project.Files("out"));
    }

    [Fact]
    public void Run_as_a_process_check_prints_the_same_lines()
    {
        using var project = TempProject.From("check-problems");

        var result = project.RunProcess(null, "check", "faulty");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(FaultyBookProblems, result.ErrLines);
        Assert.Equal(["faulty: 6 errors, 7 warnings"], result.OutLines);
    }

    [Fact]
    public void A_book_without_problems_passes()
    {
        using var project = TempProject.From("content-only");

        var result = project.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Err);
        Assert.Equal(["sample: no problems found"], result.OutLines);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_check()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/sample/notes.txt", "left over");

        var result = project.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["content/sample/notes.txt:1:1: warning PUB082: no chapter uses this file"], result.ErrLines);
        Assert.Equal(["sample: 0 errors, 1 warning"], result.OutLines);
    }

    [Fact]
    public void A_title_or_author_that_no_font_can_draw_is_reported_at_its_line_in_book_yml()
    {
        using var project = TempProject.From("content-only");
        // The title and subtitle are set on the cover and title page, the authors too: the same fonts draw them.
        // Chinese and Malayalam are in fonts installed here (Noto CJK, Noto Serif Malayalam); the emoji is in none.
        project.Write("content/sample/book.yml", """
            title: A Sample Booklet
            subtitle: 漢字 for the end-to-end tests 🧠
            authors:
              - Ada Lovelace
              - അ Author 🧐
            language: en
            """);

        var result = project.Run("check");

        Assert.True(result.ExitCode == 1, result.ToString());
        const string tail = " is in none of the fonts of template 'booklet' nor in any font installed on this machine: " +
            "it would print as an empty box; colour emoji fonts cannot be printed, so add an outline emoji font (Noto Emoji, OFL) " +
            "under 'fallback-fonts'";
        Assert.Equal(
        [
            "content/sample/book.yml:2:11: error PUB081: U+1F9E0 BRAIN" + tail,
            "content/sample/book.yml:5:5: error PUB081: U+1F9D0 FACE WITH MONOCLE" + tail,
        ], result.ErrLines);
    }

    [Fact]
    public void A_picture_named_only_by_an_html_img_is_reported_with_the_markdown_that_would_show_it()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/sample/pictures/map.png", "not read: the check only looks at which files are named");
        project.Write("content/sample/02-more.md",
            File.ReadAllText(project.PathOf("content/sample/02-more.md")) + "\n<img src=\"pictures/map.png\" alt=\"A map\">\n");

        var result = project.Run("check");

        Assert.Contains("content/sample/pictures/map.png:1:1: warning PUB082: only an HTML <img> names this file, and raw HTML " +
            "images are not rendered: write it as ![what it shows](pictures/map.png)", result.ErrLines);
    }

    [Fact]
    public void A_book_that_cannot_be_read_is_reported_once_and_the_other_books_are_still_checked()
    {
        using var project = TempProject.From("check-problems");
        project.Write("content/broken/book.yml", "title: Broken\nlanguage: en\ntemplate: bookled\n");

        var result = project.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("content/broken/book.yml:3:11: error PUB020: unknown template 'bookled' (did you mean 'booklet'?)",
            result.ErrLines[0]);
        Assert.Equal(FaultyBookProblems, result.ErrLines[1..]);
        Assert.Equal(["broken: 1 error, 0 warnings", "faulty: 6 errors, 7 warnings"], result.OutLines);
    }

    [Fact]
    public void Log_github_prints_workflow_annotations()
    {
        using var project = TempProject.From("check-problems");

        var result = project.Run("check", "--log", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(FaultyBookProblems.Length, result.ErrLines.Length);
        Assert.Equal("::error file=content/faulty/01-start.md,line=3,col=11,title=PUB040::" +
                     "link to '03-gone.md', which is not a chapter of this book", result.ErrLines[0]);
        Assert.Equal("::warning file=content/faulty/images/old.png,line=1,col=1,title=PUB082::no chapter uses this file",
            result.ErrLines[^1]);
    }

    [Fact]
    public void Log_json_prints_one_object_per_problem()
    {
        using var project = TempProject.From("check-problems");

        var result = project.Run("--log", "json", "check");

        Assert.Equal(1, result.ExitCode);
        var objects = result.ErrLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(FaultyBookProblems.Length, objects.Count);
        var glyph = objects[4];
        Assert.Equal("error", glyph.GetProperty("severity").GetString());
        Assert.Equal("PUB081", glyph.GetProperty("code").GetString());
        Assert.Equal("content/faulty/01-start.md", glyph.GetProperty("file").GetString());
        Assert.Equal(9, glyph.GetProperty("line").GetInt32());
        Assert.Equal(8, glyph.GetProperty("column").GetInt32());
        Assert.StartsWith("U+1F9E0 BRAIN is in none", glyph.GetProperty("message").GetString());
        Assert.Equal(["error", "error", "warning", "error", "error", "error", "error", "warning", "warning", "warning", "warning",
                "warning", "warning"],
            objects.Select(o => o.GetProperty("severity").GetString()));
    }
}
