using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Quotes and lists nested deeper than the page is wide: every word is still set, inside the text area.
/// 30 nested quotes or 40 nested lists used to put their words past the page's edge.
/// </summary>
public sealed class DeepNestingTests
{
    private static string Words(int level) => $"level{level} alpha{level} beta{level} gamma{level} delta{level} omega{level}";

    public static TheoryData<string, string, int> Nestings => new()
    {
        { "quotes", string.Concat(Enumerable.Range(1, 30).Select(n => $"{new string('>', n)} {Words(n)}\n{new string('>', n)}\n")), 30 },
        { "lists", string.Concat(Enumerable.Range(1, 40).Select(n => $"{new string(' ', 2 * (n - 1))}- {Words(n)}\n")), 40 },
    };

    [Theory]
    [MemberData(nameof(Nestings))]
    public void Every_word_of_deeply_nested_text_is_set_inside_the_text_area(string kind, string nested, int levels)
    {
        var root = TestBooks.Write("title: Deep\nlanguage: en\n", ("01-deep.md", "# Deep\n\n" + nested));
        var book = new Project(root).LoadBook("sample", TestBooks.Epoch);
        using var stream = new MemoryStream();
        var result = new PdfBookWriter().Write(book, stream);

        using var pdf = TestBooks.Open(stream.ToArray());
        var page = book.Template.Page;
        var margin = Math.Min(page.MarginInner, page.MarginOuter) - 0.5;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pdfPage in pdf.GetPages())
        {
            foreach (var word in pdfPage.GetWords())
            {
                words.Add(word.Text);
                Assert.True(word.BoundingBox.Left >= margin && word.BoundingBox.Right <= pdfPage.Width - margin,
                    $"{kind}: '{word.Text}' on page {pdfPage.Number} runs from x={word.BoundingBox.Left:0.#} to {word.BoundingBox.Right:0.#}");
            }
        }
        var missing = Enumerable.Range(1, levels).SelectMany(n => Words(n).Split(' ')).Where(w => !words.Contains(w)).ToList();
        Assert.True(missing.Count == 0, $"{kind}: not in the PDF: {string.Join(' ', missing.Take(12))}");

        // Where the indents stop growing as they did, the build says so once, at that place.
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiagnosticCodes.IndentLimited, warning.Code);
        Assert.Equal("content/sample/01-deep.md", warning.Location.Path);
    }
}
