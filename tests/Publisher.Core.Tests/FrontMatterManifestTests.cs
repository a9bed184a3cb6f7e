using Publisher.Core.Manifest;

namespace Publisher.Core.Tests;

/// <summary>book.yml's edition and ISBN, and the ISBN's check digit, which catches a mistyped digit before it is printed.</summary>
public sealed class FrontMatterManifestTests : IDisposable
{
    private const string Display = "content/book/book.yml";
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private BookManifest Read(string text) => BookManifestReader.Read(_folder.Write("book.yml", text), Display);

    [Fact]
    public void Edition_isbn_and_the_date_as_written_read()
    {
        var m = Read("title: T\nlanguage: en\nedition: Second edition\nisbn: 978-3-16-148410-0\ndate: 2026\n");
        Assert.Equal("Second edition", m.Edition);
        Assert.Equal("978-3-16-148410-0", m.Isbn);
        Assert.Equal("2026", m.DateText);
        Assert.Equal(["Second edition", "2026", "ISBN 978-3-16-148410-0"], ImprintLines.Of(m));
    }

    [Theory]
    [InlineData("978-3-16-148410-0")]
    [InlineData("9783161484100")]
    [InlineData("ISBN 978 3 16 148410 0")]
    [InlineData("0-306-40615-2")]    // ISBN-10
    [InlineData("0-8044-2957-X")]    // ISBN-10 whose check digit is ten
    public void Valid_isbns_pass(string isbn) => Assert.Null(Isbn.Problem(isbn));

    [Theory]
    [InlineData("isbn: 978-3-16-148410-1", "3:7: error PUB060: 'isbn': '978-3-16-148410-1' is not a valid ISBN: the check digit should be 0, not 1: a digit is mistyped")]
    // Two digits swapped ("48" written "84").
    [InlineData("isbn: 978-3-16-184410-0", "3:7: error PUB060: 'isbn': '978-3-16-184410-0' is not a valid ISBN: the check digit should be 2, not 0: a digit is mistyped")]
    [InlineData("isbn: 0-306-40615-3", "3:7: error PUB060: 'isbn': '0-306-40615-3' is not a valid ISBN: the check digit should be 2, not 3: a digit is mistyped")]
    [InlineData("isbn: 123-4-56-789012-8", "3:7: error PUB060: 'isbn': '123-4-56-789012-8' is not a valid ISBN: an ISBN-13 starts with 978 or 979")]
    [InlineData("isbn: 97831614841", "3:7: error PUB060: 'isbn': '97831614841' is not a valid ISBN: expected an ISBN of 13 digits (or 10, the last may be X), grouped by hyphens or spaces")]
    public void A_wrong_isbn_is_named_where_it_stands(string line, string expected) =>
        Assert.Equal($"{Display}:{expected}", Expect.Failure(() => Read($"title: T\nlanguage: en\n{line}\n")));
}
