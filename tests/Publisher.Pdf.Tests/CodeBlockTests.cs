using System.Text.RegularExpressions;
using Publisher.Core.Highlighting;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>Code blocks in print: highlighted per token, wrapped with a mark, split across pages.</summary>
public class CodeBlockTests
{
    private const string Book = "title: Code\nlanguage: en\n";
    private const string Mark = "\u21AA";

    private static (Core.Books.Book Book, byte[] Pdf) Build(string markdown) =>
        TestBooks.Build(TestBooks.Write(Book, ("code.md", markdown)), "sample");

    /// <summary>The letters of the first occurrence of <paramref name="text"/> on the page, spaces not counted.</summary>
    private static List<Letter> LettersOf(Page page, string text)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = string.Concat(letters.Select(l => l.Value));
        var at = joined.IndexOf(text.Replace(" ", ""), StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not on page {page.Number}");
        return letters.GetRange(at, text.Replace(" ", "").Length);
    }

    private static string Rgb(Letter letter)
    {
        var (r, g, b) = letter.Color.ToRGBValues();
        return $"#{(int)Math.Round(r * 255):x2}{(int)Math.Round(g * 255):x2}{(int)Math.Round(b * 255):x2}";
    }

    [Fact]
    public void Tokens_are_drawn_in_their_kinds_colours_and_the_code_reads_back_exactly()
    {
        string[] code =
        [
            "// greets everyone",
            "public class Greeter",
            "{",
            "    string Name = \"Ada\";",
            "    int Count = 42;",
            "}",
        ];
        var (book, pdf) = Build("# Sample\n\n```cs\n" + string.Join("\n", code) + "\n```\n");
        var highlight = book.Template.Code.Highlight;
        using var document = TestBooks.Open(pdf);
        var page = document.GetPage(document.FirstChapterPage());

        Assert.All(LettersOf(page, "public"), l => Assert.Equal(highlight[TokenKind.Keyword].Color, Rgb(l)));
        Assert.All(LettersOf(page, "class"), l => Assert.Equal(highlight[TokenKind.Keyword].Color, Rgb(l)));
        Assert.All(LettersOf(page, "Greeter"), l => Assert.Equal(highlight[TokenKind.Type].Color, Rgb(l)));
        Assert.All(LettersOf(page, "// greets everyone"), l => Assert.Equal(highlight[TokenKind.Comment].Color, Rgb(l)));
        Assert.All(LettersOf(page, "\"Ada\""), l => Assert.Equal(highlight[TokenKind.String].Color, Rgb(l)));
        Assert.All(LettersOf(page, "42"), l => Assert.Equal(highlight[TokenKind.Number].Color, Rgb(l)));
        // Names that are neither keywords nor types keep the code's own colour.
        Assert.All(LettersOf(page, "Name"), l => Assert.Equal(book.Template.Code.Block.Text.Color, Rgb(l)));

        // Splitting the code into coloured runs must not change a character of it.
        var lines = Poppler.Run("pdftotext", pdf, "-layout", "-enc", "UTF-8", "-f", $"{page.Number}", "-l", $"{page.Number}")
            .Split('\n').Select(l => l.TrimEnd()).ToList();
        var first = lines.FindIndex(l => l.TrimStart() == code[0]);
        Assert.True(first >= 0, "the comment line is not in the text");
        var indent = lines[first].Length - code[0].Length;
        Assert.Equal(code.Select(c => c.Length == 0 ? "" : new string(' ', indent) + c), lines.Skip(first).Take(code.Length));
    }

    [Fact]
    public void A_code_line_wider_than_the_page_wraps_with_a_mark_and_stays_inside_the_text_area()
    {
        var longLine = "var total = orders.Where(o => o.Shipped && o.Country == \"AZ\").Sum(o => o.Lines.Sum(l => l.Price * l.Quantity)); // all shipped";
        var (book, pdf) = Build($"# Sample\n\n```cs\nvar before = 1;\n{longLine}\nvar after = 2;\n```\n");
        using var document = TestBooks.Open(pdf);
        var page = document.GetPage(document.FirstChapterPage());
        var spec = book.Template.Page;
        var left = spec.Facing && page.Number % 2 == 0 ? spec.MarginOuter : spec.MarginInner;

        Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Left, left - 0.01, left + spec.TextWidth + 0.01));
        Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, left - 0.01, left + spec.TextWidth + 0.01));

        // The mark comes from the fallback font that has it, and starts each continuation line.
        var marks = page.Letters.Where(l => l.Value == Mark).ToList();
        Assert.InRange(marks.Count, 1, 3);
        Assert.All(marks, m => Assert.Contains("NotoSansMath", m.FontName));
        var lines = Poppler.Run("pdftotext", pdf, "-layout", "-enc", "UTF-8", "-f", $"{page.Number}", "-l", $"{page.Number}")
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var start = lines.FindIndex(l => l.StartsWith("var total", StringComparison.Ordinal));
        Assert.True(start >= 0, "the long line's start is not in the text");
        var continuation = lines.Skip(start + 1).TakeWhile(l => l.StartsWith(Mark, StringComparison.Ordinal)).ToList();
        Assert.Equal(marks.Count, continuation.Count);
        Assert.Equal("var after = 2;", lines[start + 1 + continuation.Count]);
        Assert.Equal("var before = 1;", lines[start - 1]);
        // Read without the marks, the wrapped line is the author's line (a wrap drops one space at most).
        var rejoined = lines[start] + string.Concat(continuation.Select(l => l[Mark.Length..].TrimStart()));
        Assert.Equal(longLine.Replace(" ", ""), rejoined.Replace(" ", ""));
    }

    [Fact]
    public void A_200_line_block_breaks_across_pages_with_every_line_in_order()
    {
        var code = Enumerable.Range(1, 200).Select(i => $"row_{i} = fetch({i}) # row {i}").ToList();
        var (book, pdf) = Build("# Sample\n\nBefore the code.\n\n```python\n" + string.Join("\n", code) + "\n```\n\nAfter the code.\n");
        using var document = TestBooks.Open(pdf);
        var spec = book.Template.Page;

        var pagesWithCode = document.GetPages().Where(p => p.Letters.Any(l => (l.FontName ?? "").Contains("Mono"))).ToList();
        Assert.InRange(pagesWithCode.Count, 3, 8);
        foreach (var page in pagesWithCode)
        {
            // PdfPig measures from the bottom of the page.
            var codeLetters = page.Letters.Where(l => (l.FontName ?? "").Contains("Mono")).ToList();
            Assert.All(codeLetters, l => Assert.InRange(l.BoundingBox.Top, spec.MarginBottom, spec.Height - spec.MarginTop + 0.01));
        }

        var first = document.GetPage(document.FirstChapterPage());
        var close = LettersOf(first, "fetch(1)")[^1];
        var hash = LettersOf(first, "# row 1")[0];
        // Two advances of the mono face: the space drawn between them kept its width.
        Assert.Equal(2 * close.Width, hash.StartBaseLine.X - close.StartBaseLine.X, 1);

        var text = Poppler.Run("pdftotext", pdf, "-layout", "-enc", "UTF-8");
        var rows = text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("row_", StringComparison.Ordinal)).ToList();
        Assert.Equal(code, rows);
        Assert.DoesNotContain(Mark, text);
        Assert.Matches(new Regex(@"Before the code\.[\s\S]*row_1 [\s\S]*row_200 [\s\S]*After the code\."), text);
    }

    [Fact]
    public void Code_in_an_unknown_language_is_set_in_the_code_colour()
    {
        var (book, pdf) = Build("# Sample\n\n```brainfuck\npublic class // \"x\" 42\n```\n");
        using var document = TestBooks.Open(pdf);
        var page = document.GetPage(document.FirstChapterPage());
        Assert.All(LettersOf(page, "public class // \"x\" 42"), l => Assert.Equal(book.Template.Code.Block.Text.Color, Rgb(l)));
    }
}
