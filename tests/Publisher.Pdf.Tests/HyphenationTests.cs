using System.Text.RegularExpressions;
using Publisher.Layout.Pages;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>Hyphenated body text in print (the booklet turns body.hyphenation on), read back with PdfPig.</summary>
public class HyphenationTests
{
    private const string Prose =
        "Typographers have long understood that hyphenation improves the appearance of justified " +
        "paragraphs considerably, particularly when the measure is narrow and the vocabulary contains " +
        "many polysyllabic words such as internationalization, responsibilities, characteristically, " +
        "institutionalization, extraordinarily and incomprehensibility, which otherwise leave " +
        "conspicuous rivers of whitespace meandering through the composition. " +
        "Unquestionably, the compositor's responsibilities encompass comprehensibility, " +
        "readability and the avoidance of typographical irregularities everywhere.";

    private static readonly string Markdown = string.Join("\n\n",
        "# Sample",
        Prose,
        "## the incomprehensibility of institutionalization and internationalization characteristically reconsidered",
        string.Join(' ', Enumerable.Repeat("Internationalization Characteristically Incomprehensibility Institutionalization", 5)),
        string.Join(' ', Enumerable.Repeat("see `internationalization` and `characteristically` with", 12)),
        "```\n" + string.Join(' ', Enumerable.Repeat("incomprehensibility institutionalization", 6)) + "\n```",
        // Long words only: nearly every line wants a hyphen, so the limit on hyphenated lines in a row shows.
        string.Join(' ', Enumerable.Repeat("incomprehensibility characteristically institutionalization", 10)));

    private static readonly Lazy<(Core.Books.Book Book, byte[] Pdf)> Built =
        new(() => TestBooks.Build(TestBooks.Write("title: Hyphens\nlanguage: en\n", ("h.md", Markdown)), "sample"));

    /// <summary>The text area's lines of every page, top to bottom, each as its words left to right.</summary>
    private static List<List<Word>> Lines()
    {
        var (book, pdf) = Built.Value;
        var spec = book.Template.Page;
        using var document = TestBooks.Open(pdf);
        return document.GetPages().SelectMany(page => page.GetWords()
                .Where(w => w.BoundingBox.Bottom > spec.MarginBottom - 4 && w.BoundingBox.Top < page.Height - spec.MarginTop + 4)
                .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
                .OrderByDescending(l => l.Key)
                .Select(l => l.OrderBy(w => w.BoundingBox.Left).ToList()))
            .ToList();
    }

    private static bool Hyphenated(List<Word> line) => Regex.IsMatch(line[^1].Text, @"\p{L}-$");

    [Fact]
    public void A_justified_paragraph_breaks_words_with_a_visible_hyphen_and_reads_back_whole()
    {
        var lines = Lines();
        var first = lines.FindIndex(l => l[0].Text == "Typographers");
        var last = lines.FindIndex(l => l.Any(w => w.Text == "everywhere."));
        var paragraph = lines[first..(last + 1)];
        Assert.Contains(paragraph, Hyphenated);

        // Joined at its hyphens, the paragraph is the source text: no letter lost, none added.
        var text = string.Join(" ", paragraph.Select(l => string.Join(" ", l.Select(w => w.Text))));
        // (PdfPig reads ligature glyphs as their code points, and the tests run without ICU's NFKC: spell them out.)
        var joined = Regex.Replace(text, @"(\p{L})- ", "$1").Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl")
            .Replace("\uFB03", "ffi").Replace("\uFB04", "ffl");
        Assert.Equal(Prose, joined);

        // The hyphen stands inside the text area, in the body face and size.
        var (book, _) = Built.Value;
        var page = book.Template.Page;
        foreach (var line in paragraph.Where(Hyphenated))
        {
            var hyphen = line[^1].Letters[^1];
            Assert.Equal("-", hyphen.Value);
            Assert.Equal(10, hyphen.PointSize, 1);
            Assert.Contains("NotoSerif", hyphen.FontName);
            Assert.True(hyphen.EndBaseLine.X <= page.Width - Math.Min(page.MarginInner, page.MarginOuter) + 0.5);
        }
    }

    [Fact]
    public void Never_more_than_two_hyphenated_lines_in_a_row()
    {
        var run = 0;
        var longest = 0;
        foreach (var line in Lines())
        {
            run = Hyphenated(line) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        Assert.Equal(2, longest);
    }

    [Fact]
    public void Headings_code_and_capitalized_words_are_never_hyphenated()
    {
        var hyphenated = Lines().Where(Hyphenated).Select(l => l[^1]).ToList();
        Assert.NotEmpty(hyphenated);
        Assert.All(hyphenated, w => Assert.Equal(10, w.Letters[0].PointSize, 1)); // not the 13pt heading, not 8pt code
        Assert.All(hyphenated, w => Assert.DoesNotContain("Mono", w.Letters[0].FontName));
        Assert.All(hyphenated, w => Assert.True(char.IsLower(w.Text[0]), w.Text));
        // The heading does wrap, and its lines end with whole words.
        var heading = Lines().Where(l => Math.Abs(l[0].Letters[0].PointSize - 13) < 0.5).ToList();
        Assert.True(heading.Count >= 2);
    }

    [Fact]
    public void The_layout_flags_each_line_that_ends_with_a_hyphen()
    {
        var pages = Typesetter.Paginate(Built.Value.Book);
        var flagged = pages.SelectMany(p => p.Items.OfType<GlyphRun>()).Where(g => g.EndsWithHyphen).ToList();
        Assert.All(flagged, g => Assert.EndsWith("-", g.Text));
        Assert.Equal(Lines().Count(Hyphenated), flagged.Count);
    }
}
