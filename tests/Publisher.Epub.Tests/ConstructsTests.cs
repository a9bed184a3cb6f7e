using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>The shared constructs fixture (tests/Fixtures/content/constructs) in the EPUB.</summary>
public class ConstructsTests
{
    private static readonly Lazy<EpubFile> Built = new(() =>
        new EpubFile(TestBooks.Build(new Project(Path.Combine(TestBooks.RepoRoot, "tests/Fixtures")).LoadBook("constructs", TestBooks.Epoch))));

    /// <summary>The book, built once for every test that reads it.</summary>
    internal static EpubFile Epub => Built.Value;

    private static string Chapter(string slug) =>
        System.Text.Encoding.UTF8.GetString(Built.Value.Entries.Single(e => e.Key.EndsWith($"{slug}.xhtml")).Value);

    [Fact]
    public void Smart_punctuation_is_written_as_characters_not_entities()
    {
        var xhtml = Chapter("01-constructs");
        Assert.Contains("A quote with “quotes” – and dashes — and an ellipsis…", xhtml);
        Assert.DoesNotContain("&ldquo;", xhtml);
    }

    [Fact]
    public void Safe_raw_html_is_kept_and_unsafe_raw_html_is_shown_as_text()
    {
        var xhtml = Chapter("01-constructs");
        Assert.Contains("<div class=\"note\">A raw block.</div>", xhtml);
        Assert.Contains("&lt;span onclick=", xhtml);
        Assert.DoesNotContain("<span onclick", xhtml);
    }

    [Fact]
    public void Lists_start_where_the_source_says_and_tasks_are_check_boxes()
    {
        var xhtml = Chapter("01-constructs");
        Assert.Contains("<ol start=\"7\">", xhtml);
        Assert.Contains("type=\"checkbox\"", xhtml);
        Assert.Contains("<dl>", xhtml);
        Assert.Contains("<del>struck text</del>", xhtml);
    }

    [Fact]
    public void Links_between_chapters_point_at_the_right_file_and_id()
    {
        var xhtml = Chapter("02-links");
        Assert.Contains("href=\"01-constructs.xhtml#lists\"", xhtml);
        Assert.Contains("href=\"#the-end\"", xhtml);
        Assert.Contains("id=\"the-end\"", xhtml);
    }

    [EpubcheckFact]
    public void The_constructs_book_passes_epubcheck()
    {
        var result = Epubcheck.Check(Built.Value.Bytes, "constructs");
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }
}
