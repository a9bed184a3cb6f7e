using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Publisher.EndToEnd.Tests;

/// <summary><c>publisher build</c> on good input, with the real backends.</summary>
public sealed partial class BuildTests
{
    [Fact]
    public void A_folder_holding_only_content_builds_with_the_built_in_template()
    {
        using var project = TempProject.From("content-only");

        var result = project.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Err);
        Assert.Equal(3, result.OutLines.Length);
        Assert.Matches(PdfLine(), result.OutLines[0]);
        Assert.Matches(PdfLine(), result.OutLines[1]);
        Assert.Matches(EpubLine(), result.OutLines[2]);
        Assert.StartsWith("out/sample.pdf  ", result.OutLines[0]);
        // The booklet template also imposes the pages for printing as a folded booklet.
        Assert.StartsWith("out/sample-imposed.pdf  ", result.OutLines[1]);
        Assert.StartsWith("out/sample.epub  ", result.OutLines[2]);
        // Nothing but the sources and the three files: no temporary file left behind.
        Assert.Equal(["out/sample-imposed.pdf", "out/sample.epub", "out/sample.pdf"], project.Files("out"));

        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        Assert.Equal(ReportedPages(result.OutLines[0]), pdf.NumberOfPages);
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text))
            .Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Contains("First", text);
        Assert.Contains("booklet", text);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("epub")]
    public void Format_builds_only_that_format(string format)
    {
        using var project = TempProject.From("content-only");

        var result = project.Run("build", "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        // The PDF comes with its imposed copy (the booklet template asks for one); the EPUB alone.
        string[] files = format == "pdf" ? ["out/sample.pdf", "out/sample-imposed.pdf"] : ["out/sample.epub"];
        Assert.Equal(files, result.OutLines.Select(l => l.Split("  ")[0]));
        Assert.Equal(files.Order(StringComparer.Ordinal), project.Files("out"));
    }

    [Fact]
    public void Out_moves_the_output_and_paths_print_relative_to_the_working_directory()
    {
        using var project = TempProject.From("content-only");

        var result = project.Run("build", "--out", "dist/books");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("dist/books/sample.pdf  ", result.OutLines[0]);
        Assert.StartsWith("dist/books/sample-imposed.pdf  ", result.OutLines[1]);
        Assert.StartsWith("dist/books/sample.epub  ", result.OutLines[2]);
        Assert.Equal(["dist/books/sample-imposed.pdf", "dist/books/sample.epub", "dist/books/sample.pdf"], project.Files("dist"));
        Assert.False(Directory.Exists(project.PathOf("out")));
    }

    [Fact]
    public void Root_names_the_project_folder_when_run_from_elsewhere()
    {
        using var project = TempProject.From("content-only");
        var parent = Path.GetDirectoryName(project.Root)!;
        var name = Path.GetFileName(project.Root);

        var relative = TempProject.RunIn(parent, null, null, "build", "--root", name, "--format", "epub");
        Assert.True(relative.ExitCode == 0, relative.ToString());
        Assert.Equal($"{name}/out/sample.epub", relative.OutLines[0].Split("  ")[0]);

        using var elsewhere = TempProject.Empty();
        var absolute = TempProject.RunIn(elsewhere.Root, null, null, "build", "--root", project.Root, "--format", "epub");
        Assert.True(absolute.ExitCode == 0, absolute.ToString());
        // Outside the working directory the full path is clearer than a string of "../".
        Assert.Equal(project.PathOf("out/sample.epub"), absolute.OutLines[0].Split("  ")[0]);
        Assert.Empty(elsewhere.Files());
    }

    [Fact]
    public void A_named_book_builds_alone_and_all_books_build_in_name_order()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/another/book.yml", "title: Another\nlanguage: az\n");
        project.Write("content/another/one.md", "# Bir\n\nSalam, dünya.\n");

        var one = project.RunWith(null, FakeWriter.Both(), "build", "another");
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(["out/another.epub", "out/another.pdf"], project.Files("out"));

        var all = project.RunWith(null, FakeWriter.Both(), "build");
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Equal(["out/another.pdf", "out/another.epub", "out/sample.pdf", "out/sample.epub"],
            all.OutLines.Select(l => l.Split("  ")[0]));
    }

    [Fact]
    public void A_book_may_be_named_by_its_folder_path()
    {
        using var project = TempProject.From("content-only");

        var result = project.RunWith(null, FakeWriter.Both(), "build", "content/sample/", "-f", "pdf");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["out/sample.pdf"], project.Files("out"));
    }

    [Fact]
    public void Formats_in_book_yml_limit_what_is_built()
    {
        using var project = TempProject.From("content-only");
        File.AppendAllText(project.PathOf("content/sample/book.yml"), "formats: [epub]\n");

        var all = project.RunWith(null, FakeWriter.Both(), "build");
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Equal(["out/sample.epub"], project.Files("out"));

        var pdf = project.RunWith(null, FakeWriter.Both(), "build", "--format", "pdf");
        Assert.True(pdf.ExitCode == 0, pdf.ToString());
        Assert.Equal("", pdf.Out);
        Assert.Equal("note: sample: skipped, its book.yml lists only epub under 'formats'", Assert.Single(pdf.ErrLines));
    }

    [Fact]
    public void A_template_in_the_project_overrides_the_built_in_one()
    {
        using var project = TempProject.From("content-only");
        var builtIn = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "booklet", "template.yml"));
        var fonts = Path.Combine(AppContext.BaseDirectory, "templates", "fonts");
        // The project's own booklet: A6 pages, fonts taken from the tool's folder by full path.
        project.Write("templates/booklet/template.yml", builtIn
            .Replace("size: A5 ", "size: A6 ")
            .Replace("../fonts/", fonts + "/"));

        var result = project.Run("build", "--format", "pdf");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        Assert.Equal(105 * 72 / 25.4, pdf.GetPage(1).Width, 0);
        Assert.Equal(148 * 72 / 25.4, pdf.GetPage(1).Height, 0);
    }

    /// <summary>A fence opened and never closed runs to the end of the chapter (CommonMark): here it holds nothing.</summary>
    [Theory]
    [InlineData("# Last\n\n```\n")]
    [InlineData("# Last\n\n:::note\n~~~js\n:::\n")]
    public void A_chapter_ending_in_an_empty_code_fence_that_is_never_closed_builds(string chapter)
    {
        using var project = TempProject.From("content-only");
        project.Write("content/sample/03-last.md", chapter);

        var result = project.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Last", Tools.PdfText(project.PathOf("out/sample.pdf")));
        Assert.Equal(["out/sample-imposed.pdf", "out/sample.epub", "out/sample.pdf"], project.Files("out"));
    }

    [Fact]
    public void The_repositorys_own_content_builds()
    {
        var result = RepositoryBuild.Result;

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(result.OutLines);
        Assert.All(result.OutLines, l => Assert.Matches(AnyLine(), l));
    }

    internal static int ReportedPages(string line) =>
        int.Parse(PdfLine().Match(line).Groups["pages"].Value, System.Globalization.CultureInfo.InvariantCulture);

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) return dir.FullName;
        throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\S+\.pdf  (?<pages>\d+) pages?  \d+(\.\d)? (B|KB|MB)  \d+ ms$")]
    internal static partial Regex PdfLine();

    [GeneratedRegex(@"^\S+\.epub  \d+(\.\d)? (B|KB|MB)  \d+ ms$")]
    private static partial Regex EpubLine();

    [GeneratedRegex(@"^\S+\.(pdf  \d+ pages?|epub)  \d+(\.\d)? (B|KB|MB)  \d+ ms$")]
    private static partial Regex AnyLine();
}
