using Publisher.Core.Manifest;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// Bad input stops the build with one line, <c>path:line:col: error CODE: message</c>,
/// exit code 1, and leaves the previous output exactly as it was.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "content/sample/02-more.md", "---\nlang: Arabic please\n---\n# More\n",
            "content/sample/02-more.md:2:7: error PUB003: 'lang': expected a BCP 47 language tag such as en, ar or zh-Hant"
        },
        {
            // No font has it, neither the template's nor one installed: never a PDF with an empty box.
            "content/sample/02-more.md", "# More\n\nThinking hard \U0001F9E0 about it.\n",
            "content/sample/02-more.md:3:15: error PUB081: U+1F9E0 BRAIN is in none of the fonts of template 'booklet' nor in any " +
            "font installed on this machine: it would print as an empty box; colour emoji fonts cannot be printed, so add an " +
            "outline emoji font (Noto Emoji, OFL) under 'fallback-fonts'"
        },
        {
            "content/sample/book.yml", "title: A Sample\n  language: en\n",
            "content/sample/book.yml:2:11: error PUB001: YAML syntax: While scanning a plain scalar value, found invalid mapping."
        },
        {
            "content/sample/book.yml", "title: [A Sample\nlanguage: en\n",
            "content/sample/book.yml:1:8: error PUB001: YAML syntax: the '[' here is never closed"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en\ntitle: Again\n",
            "content/sample/book.yml:3:1: error PUB001: YAML syntax: Duplicate key title"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en\nisbn: 978-3-16-148410-1\n",
            "content/sample/book.yml:3:7: error PUB060: 'isbn': '978-3-16-148410-1' is not a valid ISBN: the check digit should be 0, not 1: a digit is mistyped"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en\nauthers: [Ada]\n",
            "content/sample/book.yml:3:1: error PUB002: unknown key 'authers' (did you mean 'authors'?)"
        },
        {
            "content/sample/book.yml", "subtitle: No title\nlanguage: en\n",
            "content/sample/book.yml:1:1: error PUB004: 'title' is required"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en_US\n",
            "content/sample/book.yml:2:11: error PUB003: 'language': expected a BCP 47 language tag such as en, ru or az-Latn, not 'en_US'"
        },
        {
            // A quoted value's line breaks are shown escaped: the diagnostic stays one line.
            "content/sample/book.yml", "title: A Sample\nlanguage: \"en\\nus\\tgb\"\n",
            "content/sample/book.yml:2:11: error PUB003: 'language': expected a BCP 47 language tag such as en, ru or az-Latn, not 'en\\nus\\tgb'"
        },
        {
            // A control character XML cannot carry is named before the value is judged.
            "content/sample/book.yml", "title: A Sample\nlanguage: \"en\\u0001\"\n",
            "content/sample/book.yml:2:11: error PUB045: 'language' holds the control character U+0001, which an EPUB (XML) cannot carry and print does not show; remove it"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en\ntemplate: bookled\n",
            "content/sample/book.yml:3:11: error PUB020: unknown template 'bookled' (did you mean 'booklet'?); available: {templates}"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en\nchapters:\n  - 01-first-steps.md\n  - 03-missing.md\n",
            "content/sample/book.yml:5:5: error PUB011: chapter file '03-missing.md' not found"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en\nchapters:\n  - ../../etc/passwd\n",
            "content/sample/book.yml:4:5: error PUB012: '../../etc/passwd' points outside the book's folder; sources may only use files inside it"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en\nchapters:\n  - 01-first-steps.md\n  - 02-more.md\n  - 01-first-steps.md\n",
            "content/sample/book.yml:6:5: error PUB014: '01-first-steps.md' is the same file as the chapter '01-first-steps.md' " +
            "(content/sample/book.yml:4:5); a chapter may come only once"
        },
        {
            // Another spelling of the same file is the same chapter.
            "content/sample/book.yml", "title: A Sample\nlanguage: en\nchapters: [02-more.md, ./02-more.md, 01-first-steps.md]\n",
            "content/sample/book.yml:3:24: error PUB014: './02-more.md' is the same file as the chapter '02-more.md' " +
            "(content/sample/book.yml:3:12); a chapter may come only once"
        },
        {
            "content/sample/book.yml", "title: A Sample\nlanguage: en\nchapters: []\n",
            "content/sample/book.yml:3:11: error PUB013: 'chapters' lists no files: list the chapter files in reading order, or leave the key out to take every *.md"
        },
        {
            "content/sample/01-first-steps.md", "# First steps\n\nSee ![the map](maps/missing.png) here.\n",
            "content/sample/01-first-steps.md:3:5: error PUB041: image 'maps/missing.png' not found"
        },
        {
            "content/sample/01-first-steps.md", "# First steps\n\n![Not a picture](book.yml)\n",
            "content/sample/01-first-steps.md:3:1: error PUB042: image 'book.yml' is not a PNG, JPEG, GIF or SVG file (the types every EPUB reader shows)"
        },
        {
            // A template of the project's own, overriding the built-in one of the same name.
            "templates/booklet/template.yml", "pagee:\n  size: A5\n",
            "templates/booklet/template.yml:1:1: error PUB002: unknown key 'pagee' (did you mean 'page'?)"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_one_located_line_and_leaves_the_previous_output_alone(string file, string text, string expected)
    {
        using var project = TempProject.From("content-only");
        PreviousOutput.Write(project);
        project.Write(file, text);

        var result = project.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(expected.Replace("{templates}", BuiltInTemplates()), Assert.Single(result.ErrLines));
        PreviousOutput.AssertUntouched(project);
    }

    [Fact]
    public void Run_as_a_process_a_bad_input_prints_one_line_and_no_stack_trace()
    {
        using var project = TempProject.From("content-only");
        PreviousOutput.Write(project);
        project.Write("content/sample/book.yml", "title: A Sample\nlanguage: en\nchapters: [nowhere.md]\n");

        var result = project.RunProcess(null, "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("content/sample/book.yml:3:12: error PUB011: chapter file 'nowhere.md' not found",
            Assert.Single(result.ErrLines));
        PreviousOutput.AssertUntouched(project);
    }

    [Fact]
    public void A_backend_that_fails_half_way_leaves_no_trace_and_no_stack_trace()
    {
        using var project = TempProject.From("content-only");
        PreviousOutput.Write(project);

        var result = project.RunWith(new Dictionary<string, string>(),
            FakeWriter.Both(_ => new InvalidOperationException("boom\nsecond line")), "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: internal error: boom second line (set PUBLISHER_DEBUG=1 to see where it happened)",
            Assert.Single(result.ErrLines));
        PreviousOutput.AssertUntouched(project);
    }

    [Fact]
    public void PUBLISHER_DEBUG_shows_where_an_internal_error_happened()
    {
        using var project = TempProject.From("content-only");

        var result = project.RunWith(new Dictionary<string, string> { ["PUBLISHER_DEBUG"] = "1" },
            FakeWriter.Both(_ => new InvalidOperationException("boom")), "build");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: internal error: System.InvalidOperationException: boom", result.Err);
        Assert.Contains("   at ", result.Err);
    }

    [Fact]
    public void A_backend_diagnostic_is_printed_as_it_is()
    {
        using var project = TempProject.From("content-only");
        PreviousOutput.Write(project);

        var result = project.RunWith(null, FakeWriter.Both(FakeWriter.Diagnostic), "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("content/sample/01.md:3:7: error PUB099: the backend refused this", Assert.Single(result.ErrLines));
        PreviousOutput.AssertUntouched(project);
    }

    [Fact]
    public void A_failing_book_does_not_stop_the_others_and_every_failure_is_reported_in_name_order()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/a-good/book.yml", "title: Good\nlanguage: en\n");
        project.Write("content/a-good/one.md", "# One\n");
        project.Write("content/b-bad/book.yml", "title: Bad\nlanguage: en\nchapters: [missing.md]\n");
        project.Write("content/b-bad/one.md", "# One\n");
        project.Write("content/c-bad/book.yml", "title: Also bad\nlanguag: en\n");

        var result = project.RunWith(null, FakeWriter.Both(), "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["out/a-good.pdf  1 page  19 B", "out/a-good.epub  20 B", "out/sample.pdf  1 page  19 B", "out/sample.epub  20 B"],
            result.OutLines.Select(l => l[..l.LastIndexOf("  ", StringComparison.Ordinal)]));
        Assert.Equal(["content/b-bad/book.yml:3:12: error PUB011: chapter file 'missing.md' not found",
                      "content/c-bad/book.yml:2:1: error PUB002: unknown key 'languag' (did you mean 'language'?)"],
            result.ErrLines);
        Assert.Equal(["out/a-good.epub", "out/a-good.pdf", "out/sample.epub", "out/sample.pdf"], project.Files("out"));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_reported_against_the_output_path()
    {
        using var project = TempProject.From("content-only");
        project.Write("blocker", "a file where the output folder should go");

        var result = project.RunWith(null, FakeWriter.Both(), "build", "--out", "blocker/out");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("blocker/out/sample.pdf:1:1: error PUB030: cannot write the output file: ",
            Assert.Single(result.ErrLines));
    }

    [Fact]
    public void An_output_file_that_cannot_be_replaced_leaves_no_temporary_file()
    {
        using var project = TempProject.From("content-only");
        Directory.CreateDirectory(project.PathOf("out/sample.pdf"));

        var result = project.RunWith(null, [new FakeWriter(OutputFormat.Pdf)], "build", "--format", "pdf");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("out/sample.pdf:1:1: error PUB030: cannot write the output file: ", Assert.Single(result.ErrLines));
        Assert.Empty(project.Files("out"));
    }

    private static string BuiltInTemplates() => string.Join(", ",
        Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "templates"))
            .Where(d => File.Exists(Path.Combine(d, "template.yml")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal));
}
