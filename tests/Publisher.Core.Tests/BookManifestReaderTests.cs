using Publisher.Core.Diagnostics;
using Publisher.Core.Manifest;

namespace Publisher.Core.Tests;

public sealed class BookManifestReaderTests : IDisposable
{
    private const string Display = "content/book/book.yml";
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private BookManifest Read(string text) => BookManifestReader.Read(_folder.Write("book.yml", text), Display);

    private string Fails(string text) => Expect.Failure(() => Read(text));

    [Fact]
    public void Every_key_reads()
    {
        var m = Read("""
            title: Khojaly
            subtitle: A booklet
            authors: [Ada Lovelace, Charles Babbage]
            publisher: Example Press
            rights: CC BY 4.0
            description: Short.
            language: az-Latn
            date: 2025-02-26
            identifier: urn:isbn:9780000000000
            template: booklet
            cover: cover.png
            chapters:
              - 02-two.md
              - 01-one.md
            formats: [epub]
            """);

        Assert.Equal("Khojaly", m.Title);
        Assert.Equal("A booklet", m.Subtitle);
        Assert.Equal(["Ada Lovelace", "Charles Babbage"], m.Authors);
        Assert.Equal("Example Press", m.Publisher);
        Assert.Equal("CC BY 4.0", m.Rights);
        Assert.Equal("Short.", m.Description);
        Assert.Equal("az-Latn", m.Language);
        Assert.Equal(new DateOnly(2025, 2, 26), m.Date);
        Assert.Equal("urn:isbn:9780000000000", m.Identifier);
        Assert.Equal("booklet", m.Template);
        Assert.Equal(new SourceLocation(Display, 10, 11), m.TemplateLocation);
        Assert.Equal("cover.png", m.Cover);
        Assert.Equal(new SourceLocation(Display, 11, 8), m.CoverLocation);
        Assert.Equal([new ChapterEntry("02-two.md", new(Display, 13, 5)), new ChapterEntry("01-one.md", new(Display, 14, 5))],
            m.Chapters);
        Assert.Equal([OutputFormat.Epub], m.Formats);
    }

    [Fact]
    public void Defaults_fill_what_is_left_out()
    {
        var m = Read("title: T\nlanguage: en\n");

        Assert.Empty(m.Authors);
        Assert.Null(m.Date);
        Assert.Null(m.Identifier);
        Assert.Equal(BookManifestReader.DefaultTemplate, m.Template);
        Assert.Null(m.Chapters);
        Assert.Equal([OutputFormat.Pdf, OutputFormat.Epub], m.Formats);
    }

    [Fact]
    public void One_author_may_be_written_without_a_list()
    {
        Assert.Equal(["Ada"], Read("title: T\nlanguage: en\nauthor: Ada\n").Authors);
    }

    [Theory]
    [InlineData("2024", 2024, 1, 1)]
    [InlineData("2024-03", 2024, 3, 1)]
    [InlineData("2024-03-05", 2024, 3, 5)]
    public void Dates_may_be_a_year_a_month_or_a_day(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Read($"title: T\nlanguage: en\ndate: {text}\n").Date);
    }

    [Fact]
    public void Formats_are_read_once_each_and_in_order()
    {
        Assert.Equal([OutputFormat.Epub, OutputFormat.Pdf], Read("title: T\nlanguage: en\nformats: [epub, PDF, epub]\n").Formats);
    }

    [Theory]
    [InlineData("titel: T\nlanguage: en\n", "1:1: error PUB002: unknown key 'titel' (did you mean 'title'?)")]
    [InlineData("language: en\n", "1:1: error PUB004: 'title' is required")]
    [InlineData("title: T\n", "1:1: error PUB004: 'language' is required")]
    [InlineData("title: \"  \"\nlanguage: en\n", "1:8: error PUB003: 'title': the title must not be empty, not '  '")]
    [InlineData("title: T\nlanguage: English\n", "2:11: error PUB003: 'language': expected a BCP 47 language tag such as en, ru or az-Latn, not 'English'")]
    [InlineData("title: T\nlanguage: en\ndate: 26/02/2025\n", "3:7: error PUB003: 'date': expected a date written as YYYY-MM-DD, not '26/02/2025'")]
    [InlineData("title: T\nlanguage: en\nformats: [pdf, mobi]\n", "3:16: error PUB003: 'formats': 'mobi' is not one of pdf, epub")]
    [InlineData("title: T\nlanguage: en\nformats: [ebup]\n", "3:11: error PUB003: 'formats': 'ebup' is not one of pdf, epub (did you mean 'epub'?)")]
    [InlineData("title: T\nlanguage: en\nformats: []\n", "3:10: error PUB003: 'formats' lists nothing: name pdf, epub or both, or leave the key out for both")]
    [InlineData("title: T\nlanguage: en\nchapters: []\n", "3:11: error PUB013: 'chapters' lists no files: list the chapter files in reading order, or leave the key out to take every *.md")]
    [InlineData("title: T\nlanguage: en\nchapters:\n  - a.md\n  - \"\"\n", "5:5: error PUB003: 'chapters': expected the path of a Markdown file in the book's folder, not ''")]
    [InlineData("title: T\nlanguage: en\nidentifier: \"\"\n", "3:13: error PUB003: 'identifier': expected an ISBN, a URN or a URL (or leave the key out to have one made from the book's name), not ''")]
    [InlineData("title: T\nlanguage: en\ncover: \"\"\n", "3:8: error PUB003: 'cover': expected the path of an image file in the book's folder, not ''")]
    [InlineData("title: T\nlanguage: en\nchapters: {a: b}\n", "3:11: error PUB003: 'chapters' must be a value or a list of values")]
    public void Mistakes_are_named_where_they_stand(string text, string expected)
    {
        Assert.Equal($"{Display}:{expected}", Fails(text));
    }
}
