using System.IO.Compression;
using UglyToad.PdfPig;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// A documentation folder written for a site generator becomes a book: front matter for other tools is left alone,
/// a page's title in front matter becomes its heading, and links as a site writes them reach the chapters.
/// </summary>
public sealed class DocsFolderTests
{
    private static TempProject Docs(string bookYml = "title: Docs\nlanguage: en\n")
    {
        var project = TempProject.Empty();
        project.Write("content/docs/book.yml", bookYml + "chapters: [index.md, guide/install.md, guide/usage.md, cli/index.md]\n");
        project.Write("content/docs/index.md",
            "---\ntitle: Welcome\nsidebar_position: 1\nlayout: home\ntags: [start, intro]\n---\n\n" +
            "Read [installing](guide/install) first, then [usage](/guide/usage.html#flags) and [the CLI](cli/).\n" +
            "See also [the changelog](/changelog) and [a missing page](guide/missing).\n");
        project.Write("content/docs/guide/install.md", "---\ntitle: Installing\nsidebar_position: 2\n---\n\nRun the installer. Back to [the start](../).\n");
        project.Write("content/docs/guide/usage.md", "---\ntitle: Usage\nsidebar_position: 3\npermalink: /usage/\n---\n\n## Flags\n\nUse [install](install.md) and [the CLI](../cli/index.html).\n");
        project.Write("content/docs/cli/index.md", "# The command line\n\nSee [usage](/guide/usage/#flags).\n");
        return project;
    }

    [Fact]
    public void Pages_of_a_site_build_with_their_front_matter_titles_as_headings_and_their_links_resolved()
    {
        using var project = Docs();
        var result = project.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());
        // Front matter for other tools is no error and no warning; the two links to no chapter are.
        Assert.DoesNotContain("PUB002", result.Err);
        Assert.Equal(2, result.ErrLines.Count(l => l.Contains("PUB044", StringComparison.Ordinal)));
        Assert.Contains("content/docs/index.md:9:", result.Err);

        // Each title is the page's heading in print, and the contents' entries.
        using var pdf = PdfDocument.Open(project.PathOf("out/docs.pdf"));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        foreach (var title in new[] { "Welcome", "Installing", "Usage", "The command line" }) Assert.Contains(title, text);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Welcome", "Installing", "Usage", "The command line"], bookmarks.Roots.Select(b => b.Title));

        // In the EPUB every link resolves: epubcheck finds nothing, and the site-style links point at chapter files.
        Assert.Contains("No errors or warnings detected.", Tools.Epubcheck(project.PathOf("out/docs.epub")));
        using var epub = ZipFile.OpenRead(project.PathOf("out/docs.epub"));
        var index = new StreamReader(epub.Entries.Single(e => e.FullName.EndsWith("index.xhtml", StringComparison.Ordinal)
            && !e.FullName.Contains("cli", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<h1 id=\"welcome\">Welcome</h1>", index);
        Assert.Matches("href=\"[^\"]*install[^\"]*\\.xhtml\"", index);
        Assert.Matches("href=\"[^\"]*usage[^\"]*\\.xhtml#flags\"", index);
        Assert.DoesNotContain("href=\"/changelog", index);
    }

    [Fact]
    public void With_a_site_url_a_link_to_a_page_outside_the_book_leads_to_the_site()
    {
        using var project = Docs("title: Docs\nlanguage: en\nsite-url: https://docs.example.org/v2\n");
        var result = project.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("PUB044", result.Err);
        using var epub = ZipFile.OpenRead(project.PathOf("out/docs.epub"));
        var index = string.Concat(epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("href=\"https://docs.example.org/v2/changelog\"", index);
        Assert.Contains("href=\"https://docs.example.org/v2/guide/missing\"", index);
        Assert.Contains("No errors or warnings detected.", Tools.Epubcheck(project.PathOf("out/docs.epub")));
    }

    [Fact]
    public void Check_names_each_key_left_to_other_tools_once_and_a_slip_for_title_is_a_warning()
    {
        using var project = Docs();
        project.Write("content/docs/guide/install.md", "---\ntitel: Installing\nsidebar_position: 2\n---\n\n# Installing\n\nRun it.\n");
        var result = project.Run("check");
        Assert.Equal(0, result.ExitCode);
        var notes = result.ErrLines.Where(l => l.Contains("note PUB083", StringComparison.Ordinal)).ToList();
        // In file order, each at its first place: permalink only in guide/usage.md, the others from index.md on.
        // sidebar_position orders the pages of a folder (FolderOrder): it is read, not noted.
        Assert.Equal(["permalink", "layout", "tags"], notes.Select(n => n.Split('\'')[1]));
        var layout = notes.Single(n => n.Contains("'layout'", StringComparison.Ordinal));
        Assert.StartsWith("content/docs/index.md:4:", layout);
        Assert.Contains("this chapter only", layout);
        Assert.Contains(result.ErrLines, l => l.StartsWith("content/docs/guide/install.md:2:", StringComparison.Ordinal)
            && l.Contains("warning PUB002: unknown key 'titel' (did you mean 'title'?)", StringComparison.Ordinal));
        // The build says nothing of the keys for other tools.
        Assert.DoesNotContain("PUB083", project.Run("build").Err);
    }
}

/// <summary>A documentation folder elsewhere in the project, taken whole in its generator's order, folders as parts.</summary>
public sealed class SourceFolderTests
{
    [Fact]
    public void A_book_takes_a_docs_folder_in_its_generators_order_with_folders_as_parts()
    {
        using var project = TempProject.Empty();
        project.Write("content/docs/book.yml", "title: Tool docs\nlanguage: en\nsource: ../../docs\n");
        project.Write("docs/README.md", "# Tool\n\nStart with [installing](guide/install).\n\n![The logo](img/logo.svg)\n");
        project.Write("docs/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#369\"/></svg>\n");
        project.Write("docs/zebra.md", "---\nsidebar_position: 1\n---\n# Zebra first\n\nBy its order key.\n");
        project.Write("docs/alpha.md", "# Alpha\n\nNo order key: after the ordered ones, by name.\n");
        project.Write("docs/guide/_index.md", "---\ntitle: Guide\nweight: 2\n---\n\nThe guide's own page.\n");
        project.Write("docs/guide/usage.md", "---\nnav_order: 2\n---\n# Usage\n\nSee [install](install.md).\n");
        project.Write("docs/guide/install.md", "---\nnav_order: 1\n---\n# Install\n\nBack to [the start](/).\n");
        project.Write("docs/_drafts/wip.md", "# Not a page\n");
        var result = project.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var pdf = PdfDocument.Open(project.PathOf("out/docs.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        // The folder's README first, ordered pages, the part with its index and its pages, unordered pages by name.
        Assert.Equal(["Tool", "Zebra first", "Guide", "Alpha"], bookmarks.Roots.Select(b => b.Title));
        Assert.Equal(["Install", "Usage"], bookmarks.Roots[2].Children.Select(b => b.Title));
        Assert.DoesNotContain("Not a page", string.Join(" ", pdf.GetPages().Select(p => p.Text)));
        Assert.Contains("No errors or warnings detected.", Tools.Epubcheck(project.PathOf("out/docs.epub")));
    }

    [Fact]
    public void A_folder_linked_out_of_the_source_is_refused_and_a_loop_is_walked_once()
    {
        using var project = TempProject.Empty();
        project.Write("content/docs/book.yml", "title: Docs\nlanguage: en\nsource: ../../docs\n");
        project.Write("docs/sub/page.md", "# Page\n\nText.\n");
        Directory.CreateSymbolicLink(project.PathOf("docs/sub/loop"), "..");
        var looped = project.Run("build");
        Assert.True(looped.ExitCode == 0, looped.ToString());
        using (var pdf = PdfDocument.Open(project.PathOf("out/docs.pdf")))
            Assert.Single(pdf.GetPages().SelectMany(p => p.GetWords()), w => w.Text == "Page");

        var outside = Directory.CreateTempSubdirectory("publisher-outside-").FullName;
        File.WriteAllText(Path.Combine(outside, "secret.md"), "---\nsidebar_position: 1\n---\n# Secret\n");
        Directory.CreateSymbolicLink(project.PathOf("docs/leak"), outside);
        var leaked = project.Run("build");
        Assert.Equal(1, leaked.ExitCode);
        Assert.Contains("docs/leak:1:1: error PUB012: 'leak' leads outside the book's folder through a symbolic link", leaked.Err);
        Directory.Delete(outside, recursive: true);
    }

    [Fact]
    public void A_source_outside_the_project_is_refused_at_its_line()
    {
        using var project = TempProject.Empty();
        project.Write("content/docs/book.yml", "title: Docs\nlanguage: en\nsource: ../../..\n");
        var result = project.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/docs/book.yml:3:9: error PUB012: 'source': '../../..' leads outside the project's folder", result.Err);
    }
}

/// <summary>Callouts as GitHub, Docusaurus/VitePress and MkDocs write them, set alike in both formats.</summary>
public sealed class CalloutTests
{
    private const string Chapter =
        "# Callouts\n\n> [!NOTE]\n> Useful information.\n\n> [!WARNING]\n> Be careful.\n\n:::tip Quick start\nA tip in a container.\n:::\n\n" +
        "!!! danger \"Do not\"\n    Delete the folder.\n\n    - one\n    - two\n\nAfter them.\n\n:::aside\nNo callout.\n:::\n";

    [Fact]
    public void Alerts_containers_and_admonitions_are_callouts_with_their_titles_in_both_formats()
    {
        using var project = TempProject.Empty();
        project.Write("content/sample/book.yml", "title: Sample\nlanguage: en\ntemplate: mine\n");
        project.Write("content/sample/01.md", Chapter);
        project.Write("templates/mine/template.yml", "extends: booklet\ncallouts:\n  warning: \"#b35900\"\n");
        var result = project.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var epub = ZipFile.OpenRead(project.PathOf("out/sample.epub"));
        var xhtml = new StreamReader(epub.Entries.Single(e => e.FullName.EndsWith("01.xhtml", StringComparison.Ordinal)).Open()).ReadToEnd();
        var asides = System.Text.RegularExpressions.Regex.Matches(xhtml,
            "<aside class=\"callout callout-(\\w+)\" role=\"note\">\\s*<p class=\"callout-title\">([^<]*)</p>");
        Assert.Equal(["note Note", "warning Warning", "tip Quick start", "caution Do not"],
            asides.Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
        Assert.DoesNotContain("<svg", xhtml);
        Assert.Contains("<div class=\"aside\">", xhtml);
        var css = new StreamReader(epub.GetEntry("EPUB/style.css")!.Open()).ReadToEnd();
        Assert.Matches(@"aside\.callout-warning \{\s*border-color: #b35900;", css);
        Assert.Contains("No errors or warnings detected.", Tools.Epubcheck(project.PathOf("out/sample.epub")));

        // In print: each title in bold, before its text, and the list inside the admonition.
        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        foreach (var title in new[] { "Note", "Warning", "Quick", "Do" })
            Assert.Contains("Bold", words.First(w => w.Text == title).Letters[0].FontName);
        var text = string.Join(" ", words.Select(w => w.Text));
        Assert.Contains("Note Useful information. Warning Be careful. Quick start A tip in a container. Do not Delete the folder. • one • two After them.", text);
    }
}

/// <summary><c>publisher build --source docs/ --title …</c>: a documentation folder built with no book.yml, for one CI step.</summary>
public sealed class SourceOptionTests
{
    [Fact]
    public void A_folder_builds_as_a_book_named_after_it_with_the_title_given()
    {
        using var project = TempProject.Empty();
        project.Write("docs/README.md", "# Tool\n\nSee [installing](guide/install).\n");
        project.Write("docs/guide/install.md", "---\ntitle: Installing\nsidebar_position: 1\n---\n\nRun it.\n");
        var result = project.Run("build", "--source", "docs/", "--title", "Tool \"docs\"", "--language", "en-GB");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["out/docs-imposed.pdf", "out/docs.epub", "out/docs.pdf"], project.Files("out"));
        Assert.Contains("Title:           Tool \"docs\"", Tools.Run("pdfinfo", project.PathOf("out/docs.pdf")));
        Assert.Contains("No errors or warnings detected.", Tools.Epubcheck(project.PathOf("out/docs.epub")));
        using var epub = ZipFile.OpenRead(project.PathOf("out/docs.epub"));
        Assert.Contains("<dc:language>en-GB</dc:language>", new StreamReader(epub.GetEntry("EPUB/package.opf")!.Open()).ReadToEnd());
    }

    [Fact]
    public void A_source_folder_outside_the_project_is_refused()
    {
        using var project = TempProject.Empty();
        var result = project.Run("build", "--source", "..", "--title", "x");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error PUB012: --source: '", result.Err);
        Assert.Contains("leads outside the project's folder", result.Err);
    }

    [Theory]
    [InlineData(new[] { "build", "--source", "docs/" }, "--source needs --title")]
    [InlineData(new[] { "build", "--title", "x" }, "--title and --language are for a book made with --source")]
    [InlineData(new[] { "build", "--source", "nope/", "--title", "x" }, "--source: the folder 'nope/' does not exist")]
    [InlineData(new[] { "build", "sample", "--source", "docs/", "--title", "x" }, "leave out the book name 'sample'")]
    public void Wrong_use_of_source_is_a_usage_error(string[] args, string message)
    {
        using var project = TempProject.Empty();
        project.Write("docs/README.md", "# Tool\n");
        var result = project.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Err);
        Assert.Empty(project.Files("out"));
    }
}

/// <summary>
/// A documentation folder in the style of each site generator (written by the project: front matter, order keys,
/// index pages, site-absolute and extension-less links, callouts) builds to both formats: exit 0, no warning,
/// epubcheck clean, and every link in the PDF leads to a named destination that exists.
/// </summary>
public sealed class GeneratorFolderTests
{
    [Theory]
    // Jekyll's home page has a front-matter title of its own: that is the chapter's title.
    [InlineData("docs-jekyll", new[] { "Home", "Installing", "Guide" })]
    [InlineData("docs-hugo", new[] { "Harbour tools", "Getting started", "Reference" })]
    [InlineData("docs-docusaurus", new[] { "Introduction", "Installation", "Tutorial" })]
    [InlineData("docs-mkdocs", new[] { "Harbour tools", "Installation", "Writing your docs" })]
    [InlineData("docs-vitepress", new[] { "Harbour tools", "Getting started", "API reference" })]
    public void A_generators_folder_builds_with_every_link_resolved(string fixture, string[] chapters)
    {
        using var project = TempProject.From(fixture);
        var result = project.Run("build", "--source", "docs", "--title", "Harbour tools");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("warning", result.Err);
        Assert.Contains("No errors or warnings detected.", Tools.Epubcheck(project.PathOf("out/docs.epub")));

        using var pdf = PdfDocument.Open(project.PathOf("out/docs.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(chapters, bookmarks.Roots.Select(b => b.Title).Take(chapters.Length));

        // Every link annotation names a destination the file defines.
        var json = System.Text.Json.JsonDocument.Parse(Tools.Run("qpdf", "--json=1", "--json-key=objects", project.PathOf("out/docs.pdf")));
        var objects = json.RootElement.GetProperty("objects").EnumerateObject().Select(o => o.Value).ToList();
        var linked = objects.Where(o => o.ValueKind == System.Text.Json.JsonValueKind.Object && o.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link")
            .Select(o => o.TryGetProperty("/Dest", out var d) ? d.GetString()! : "(uri)").ToList();
        Assert.NotEmpty(linked);
        Assert.DoesNotContain("(uri)", linked);
        var named = objects.Where(o => o.ValueKind == System.Text.Json.JsonValueKind.Object)
            .SelectMany(o => o.EnumerateObject().Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
        Assert.All(linked, dest => Assert.Contains(dest, named));
    }
}

/// <summary>A page's front-matter description, printed under its title when the template asks (template.yml chapter-description).</summary>
public sealed class ChapterDescriptionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_description_prints_under_the_title_in_both_formats_only_when_the_template_asks(bool asked)
    {
        using var project = TempProject.Empty();
        project.Write("content/docs/book.yml", "title: Docs\nlanguage: en\ntemplate: mine\n");
        project.Write("content/docs/01.md", "---\ntitle: Installing\ndescription: How to put the tool on a machine.\n---\n\nRun the installer.\n");
        project.Write("templates/mine/template.yml", "extends: booklet\n" + (asked ? "chapter-description: { style: italic, space-after: 6pt }\n" : ""));
        var result = project.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var pdf = PdfDocument.Open(project.PathOf("out/docs.pdf"));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        var how = words.FirstOrDefault(w => w.Text == "How");
        Assert.Equal(asked, how is not null);
        using var epub = ZipFile.OpenRead(project.PathOf("out/docs.epub"));
        var xhtml = new StreamReader(epub.Entries.Single(e => e.FullName.EndsWith("01.xhtml", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Equal(asked, xhtml.Contains("<p class=\"chapter-description\">How to put the tool on a machine.</p>", StringComparison.Ordinal));
        if (!asked) return;
        // Under the title, before the text, in the template's italic.
        Assert.Contains("Italic", how!.Letters[0].FontName);
        var title = words.First(w => w.Text == "Installing");
        var run = words.First(w => w.Text == "Run");
        Assert.True(title.BoundingBox.Bottom > how.BoundingBox.Bottom && how.BoundingBox.Bottom > run.BoundingBox.Bottom);
        Assert.Contains("No errors or warnings detected.", Tools.Epubcheck(project.PathOf("out/docs.epub")));
    }
}
