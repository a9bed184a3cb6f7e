using System.Text;
using Publisher.Core.Books;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>Footnotes read back from the PDF: where they stand, how they look, where their references lead.</summary>
public class FootnoteTests
{
    private const double BodySize = 10, NoteSize = 8, ReferenceSize = 7;

    private static string Words(int n, int seed = 0)
    {
        string[] pool = ["the", "printer", "accepts", "pages", "whose", "lines", "never", "cross", "a", "margin"];
        return string.Join(' ', Enumerable.Range(seed, n).Select(i => pool[(i * 3 + i / 7) % pool.Length]));
    }

    private static readonly Lazy<(Book Book, byte[] Pdf)> Notes = new(() => TestBooks.Build(TestBooks.Write(
        "title: Notes\nlanguage: en\n",
        ("01.md", $"""
            # Notes at work

            The first paragraph calls a note.[^zed] {Words(60)}

            The second paragraph calls another.[^alpha] {Words(40, 5)}

            [^alpha]: Alpha note, defined first but called second.
            [^zed]: Zed note with the words quokka and wombat.
            """),
        ("02.md", """
            # Two

            Another chapter.[^one]

            [^one]: Numbering starts again here.
            """)), "sample"));

    private static readonly string LongNote = "Longstart " + Words(1400, 3) + " longend";

    private static readonly Lazy<(Book Book, byte[] Pdf)> Long = new(() => TestBooks.Build(TestBooks.Write(
        "title: Long note\nlanguage: en\n",
        ("01.md", $"""
            # A long note

            {Words(30)} The note is called here.[^long] {Words(500, 1)}

            [^long]: {LongNote}
            """)), "sample"));

    private static bool Is(double size, double expected) => Math.Abs(size - expected) < 0.05;

    /// <summary>PdfPig reads ligatures as their code points (the build runs without ICU, so no NFKC): spell them out.</summary>
    private static string Normal(string text) => text.Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl")
        .Replace("\uFB03", "ffi").Replace("\uFB04", "ffl");

    /// <summary>Words of one size, line by line from the top and left to right on a line.</summary>
    private static List<Word> WordsOfSize(Page page, double size) => page.GetWords()
        .Where(w => w.Letters.All(l => Is(l.PointSize, size)))
        .OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).ThenBy(w => w.BoundingBox.Left).ToList();

    /// <summary>The short horizontal rules drawn on a page (the footnote rule is the only one in these books).</summary>
    private static List<UglyToad.PdfPig.Core.PdfRectangle> Rules(Page page) => page.Paths
        .Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
        .Where(r => r.Height < 1 && r.Width > 20).ToList();

    [Fact]
    public void A_note_stands_at_the_foot_of_the_page_that_calls_it_under_a_rule_and_smaller_than_the_text()
    {
        var (book, pdf) = Notes.Value;
        using var document = TestBooks.Open(pdf);
        var page = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "quokka"));

        var reference = page.Letters.Where(l => Is(l.PointSize, ReferenceSize)).ToList();
        Assert.Equal(["1", "2"], reference.Select(l => l.Value));
        var body = WordsOfSize(page, BodySize);
        var notes = WordsOfSize(page, NoteSize);
        Assert.Contains(notes, w => w.Text == "quokka");
        Assert.True(notes.Min(w => w.Letters[0].PointSize) < body.Min(w => w.Letters[0].PointSize));

        // The raised number sits above its line's baseline.
        // The letter it follows: the body letter nearest before it on the nearest baseline (a narrow no-break space
        // stands between them).
        var at = reference[0].StartBaseLine;
        var line = page.Letters.Where(l => Is(l.PointSize, BodySize) && l.EndBaseLine.X <= at.X + 0.01)
            .MinBy(l => Math.Abs(l.StartBaseLine.Y - at.Y) * 100 + (at.X - l.EndBaseLine.X))!;
        Assert.True(at.X - line.EndBaseLine.X < 1.5, $"the number stands {at.X - line.EndBaseLine.X:F2}pt after its word");
        Assert.True(reference[0].StartBaseLine.Y > line.StartBaseLine.Y + 2);

        // Notes under the rule, the rule under the text; the rule is short (30% of the text width).
        var rule = Assert.Single(Rules(page));
        Assert.True(notes.Max(w => w.BoundingBox.Top) < rule.Bottom);
        Assert.True(body.Min(w => w.BoundingBox.Bottom) > rule.Top);
        Assert.Equal(book.Template.Page.TextWidth * 0.3, rule.Width, 0);
        Assert.Equal(page.Number % 2 == 0 ? book.Template.Page.MarginOuter : book.Template.Page.MarginInner, rule.Left, 0);
    }

    [Fact]
    public void References_link_to_their_notes_on_the_same_page()
    {
        var (_, pdf) = Notes.Value;
        using var document = TestBooks.Open(pdf);
        foreach (var page in document.GetPages().Where(p => p.Letters.Any(l => Is(l.PointSize, ReferenceSize))))
        {
            var links = page.GetAnnotations().Where(a => a.Action is GoToAction).ToList();
            var references = page.Letters.Where(l => Is(l.PointSize, ReferenceSize)).ToList();
            Assert.Equal(references.Count, links.Count);
            foreach (var reference in references)
            {
                var link = Assert.Single(links, a => a.Rectangle.Left <= reference.BoundingBox.Left + 0.1
                    && a.Rectangle.Right >= reference.BoundingBox.Right - 0.1 && a.Rectangle.Bottom <= reference.StartBaseLine.Y);
                var destination = ((GoToAction)link.Action!).Destination;
                Assert.Equal(page.Number, destination.PageNumber);
                // It leads to the foot of the page, to the top of the note that starts with this number.
                var number = WordsOfSize(page, NoteSize).First(w => w.Text == reference.Value);
                Assert.InRange(destination.Coordinates.Top ?? 0, number.BoundingBox.Top - 1, number.BoundingBox.Top + 10);
            }
        }
    }

    [Fact]
    public void Copied_text_keeps_a_reference_apart_from_the_word_it_follows()
    {
        var (_, pdf) = Notes.Value;
        var text = Poppler.Run("pdftotext", pdf, "-enc", "UTF-8");
        // "note. 1", not "note.1": searching for the word still finds it.
        Assert.Matches(@"calls a note\. 1 the ", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
        Assert.Matches(@"calls another\. 2 ", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
    }

    [Fact]
    public void Notes_are_numbered_per_chapter_in_the_order_they_are_first_called()
    {
        var (_, pdf) = Notes.Value;
        using var document = TestBooks.Open(pdf);
        string NoteText(Page page) => Normal(string.Join(" ", WordsOfSize(page, NoteSize).Select(w => w.Text)));

        var first = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "quokka"));
        Assert.Equal("1 Zed note with the words quokka and wombat. 2 Alpha note, defined first but called second.", NoteText(first));
        // From the text on: the contents list "Two" too.
        var second = document.GetPages().Skip(document.FirstChapterPage() - 1).Single(p => p.GetWords().Any(w => w.Text == "Two"));
        Assert.Equal("1 Numbering starts again here.", NoteText(second));
    }

    [Fact]
    public void A_note_longer_than_a_page_continues_at_the_foot_of_the_next_and_every_word_reads_back_in_order()
    {
        var (_, pdf) = Long.Value;
        using var document = TestBooks.Open(pdf);
        var pages = document.GetPages().ToList();

        var calling = pages.Single(p => p.Letters.Any(l => Is(l.PointSize, ReferenceSize)));
        Assert.Equal("1", WordsOfSize(calling, NoteSize)[0].Text);
        Assert.Equal("Longstart", WordsOfSize(calling, NoteSize)[1].Text);
        var withNotes = pages.Where(p => WordsOfSize(p, NoteSize).Count > 0).ToList();
        Assert.True(withNotes.Count >= 3, $"the note should run over three pages, not {withNotes.Count}");
        Assert.All(withNotes, p => Assert.Single(Rules(p)));

        var noteWords = Dehyphenation.Join(withNotes.SelectMany(p => WordsOfSize(p, NoteSize)).Select(w => Normal(w.Text)));
        Assert.Equal(["1", .. LongNote.Split(' ')], noteWords);
        // The text around it reads on in order too.
        var bodyWords = Dehyphenation.Join(pages.Skip(document.FirstChapterPage() - 1).SelectMany(p => WordsOfSize(p, BodySize)).Select(w => Normal(w.Text)));
        Assert.Equal($"{Words(30)} The note is called here. {Words(500, 1)}".Split(' '), bodyWords);
    }

    [Fact]
    public void A_note_called_from_a_table_cell_is_set_at_the_foot_of_the_table_s_page()
    {
        var (_, pdf) = TestBooks.Build(TestBooks.Write("title: Table\nlanguage: en\n", ("01.md", $"""
            # Table

            | Column |
            |--------|
            | cell[^t] |

            {Words(200)}

            The text calls it too.[^t]

            [^t]: The table's note.
            """)), "sample");
        using var document = TestBooks.Open(pdf);
        var page = Assert.Single(document.GetPages(), p => p.GetWords().Any(w => w.Text == "Column"));
        Assert.Equal("1 The table's note.", string.Join(" ", WordsOfSize(page, NoteSize).Select(w => w.Text)));
        Assert.DoesNotContain(document.GetPages(), p => p.Number != page.Number && WordsOfSize(p, NoteSize).Any());
    }

    [Fact]
    public void A_markdown_link_to_a_note_by_its_id_leads_to_the_note()
    {
        // fn:N is the id Markdig gives note N, and the one the EPUB uses: the link is checked and works in print too.
        var (_, pdf) = TestBooks.Build(TestBooks.Write("title: Link\nlanguage: en\n", ("01.md", $"""
            # Link

            A call.[^a] {Words(20)}

            {Words(400, 2)}

            Back to [the note](#fn:1).

            [^a]: The linked note.
            """)), "sample");
        using var document = TestBooks.Open(pdf);
        var notePage = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "linked"));
        var linkPage = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "Back"));
        Assert.NotEqual(notePage.Number, linkPage.Number);
        var link = Assert.Single(linkPage.GetAnnotations(), a => a.Action is GoToAction);
        Assert.Equal(notePage.Number, ((GoToAction)link.Action!).Destination.PageNumber);
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("long")]
    public void No_letter_of_text_or_notes_stands_outside_the_text_area(string which)
    {
        var (book, pdf) = which == "notes" ? Notes.Value : Long.Value;
        var spec = book.Template.Page;
        var running = book.Template.Footer.Text.Size;
        using var document = TestBooks.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var left = page.Number % 2 == 0 ? spec.MarginOuter : spec.MarginInner;
            foreach (var letter in page.Letters.Where(l => !Is(l.PointSize, running) && !string.IsNullOrWhiteSpace(l.Value)))
            {
                Assert.InRange(letter.BoundingBox.Left, left - 0.5, left + spec.TextWidth + 0.5);
                Assert.InRange(letter.BoundingBox.Right, left - 0.5, left + spec.TextWidth + 0.5);
                Assert.InRange(letter.BoundingBox.Bottom, spec.MarginBottom - 0.5, page.Height - spec.MarginTop + 0.5);
                Assert.InRange(letter.BoundingBox.Top, spec.MarginBottom - 0.5, page.Height - spec.MarginTop + 0.5);
            }
        }
    }
}
