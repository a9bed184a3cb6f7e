using System.Globalization;
using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

public class FootnotePaginationTests
{
    // A5 with the booklet's margins; body text 10/14, notes 8/10, references 7pt raised 3.5pt.
    private static readonly PageGeometry A5 = new(419.53, 595.28, 48, 57, 54, 42, Facing: true);
    private static readonly FootnoteStyle Style = new(Gap: 10, RuleWidth: 100, RuleThickness: 0.5, RuleColor: 0x333333);
    private const double NoteSize = 8, ReferenceSize = 7, Shift = 3.5;

    private static List<Page> Paginate(params Block[] blocks) =>
        new Paginator(TestFonts.Context(), A5) { Footnotes = Style }.Paginate(blocks);

    private static Footnote Note(int number, string text, params TextRun[] more) => new(
    [
        new ParagraphBlock
        {
            Runs = [new TextRun(text, TestFonts.Body(NoteSize)), .. more],
            Leading = 10, LeftIndent = 12, MarkerGap = 4, Orphans = 1, Widows = 1,
            Marker = new TextRun(number.ToString(CultureInfo.InvariantCulture), TestFonts.Body(NoteSize)),
            Anchors = [$"fn{number}"],
        },
    ]);

    private static TextRun Reference(int number, Footnote note) => new(number.ToString(CultureInfo.InvariantCulture),
        TestFonts.Body(ReferenceSize) with { BaselineShift = Shift, Footnote = note, LinkDestination = $"fn{number}" });

    private static ParagraphBlock Paragraph(params TextRun[] runs) => new() { Runs = runs, Leading = 14, Align = Alignment.Justify };

    private static TextRun Text(string text) => new(text, TestFonts.Body());

    private static List<GlyphRun> Body(Page page) => page.Items.OfType<GlyphRun>().Where(g => g.Size == 10).ToList();

    private static List<GlyphRun> Notes(Page page) => page.Items.OfType<GlyphRun>().Where(g => g.Size == NoteSize).ToList();

    /// <summary>Words line by line (a raised number joins its line); runs apart on a line, like a marker and its text, are apart.</summary>
    private static IEnumerable<string> Words(IEnumerable<GlyphRun> runs) => runs
        .GroupBy(g => Math.Round(g.Baseline + (g.Size == ReferenceSize ? Shift : 0), 2))
        .SelectMany(line =>
        {
            var text = new System.Text.StringBuilder();
            GlyphRun? previous = null;
            foreach (var run in line.OrderBy(g => g.Left))
            {
                if (previous is not null && run.Left > previous.Right + 0.5) text.Append(' ');
                text.Append(run.Text);
                previous = run;
            }
            return text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        });

    private static int PageOf(List<Page> pages, Func<PageItem, bool> match) => pages.FindIndex(p => p.Items.Any(match));

    [Fact]
    public void A_note_is_set_at_the_foot_of_the_page_that_calls_it_under_a_short_rule()
    {
        var note = Note(1, "A note about the layout engine.");
        var pages = Paginate(Paragraph(Text(TestFonts.Words(60) + " called here"), Reference(1, note), Text(" " + TestFonts.Words(400))));

        var page = pages[0];
        var area = page.TextArea;
        var reference = page.Items.OfType<GlyphRun>().Single(g => g.Size == ReferenceSize);
        Assert.Equal("1", reference.Text);
        Assert.Equal(["1", "A", "note", "about", "the", "layout", "engine."], Words(Notes(page)));

        // Below the flow, under a rule at the start of the lines, and ending on the text area's foot.
        var lastBody = Body(page).Max(g => g.Baseline);
        var rule = page.Items.OfType<RuleItem>().Single();
        Assert.InRange(rule.Y1, lastBody, Notes(page).Min(g => g.Baseline) - NoteSize);
        Assert.Equal(area.X, rule.X1, 2);
        Assert.Equal(100, rule.X2 - rule.X1, 2);
        Assert.InRange(area.Bottom - Notes(page).Max(g => g.Baseline), 0, 10);
        Assert.All(Notes(page), g => Assert.InRange(g.Right, area.X, area.Right + 0.01));

        // The reference's link leads to a destination at the note, on the same page.
        var link = page.Items.OfType<InternalLinkItem>().Single();
        Assert.Equal("fn1", link.Destination);
        var destination = page.Items.OfType<DestinationItem>().Single(d => d.Name == "fn1");
        Assert.InRange(destination.Y, rule.Y1, Notes(page).Min(g => g.Baseline));

        // The raised number leaves its line where the others are: baselines stay 14pt apart.
        var line = Body(page).Where(g => Math.Abs(g.Right - reference.Left) < 0.5)
            .Select(g => g.Baseline).Distinct().Single();
        Assert.Equal(line - Shift, reference.Baseline, 3);
        var baselines = Body(page).Select(g => g.Baseline).Distinct().Order().ToList();
        Assert.All(baselines.Zip(baselines.Skip(1)), p => Assert.Equal(14, p.Second - p.First, 3));
    }

    [Fact]
    public void Notes_take_their_room_from_the_flow()
    {
        var text = TestFonts.Words(600);
        var plain = Paginate(Paragraph(Text(text)));
        var note = Note(1, TestFonts.Words(60));
        var noted = Paginate(Paragraph(Text("Called"), Reference(1, note), Text(" " + text)));

        var noteLines = Notes(noted[0]).Select(g => g.Baseline).Distinct().Count();
        Assert.True(noteLines >= 3);
        var lost = Body(plain[0]).Select(g => g.Baseline).Distinct().Count() - Body(noted[0]).Select(g => g.Baseline).Distinct().Count();
        // The gap and the note lines (10pt each) cost the body lines (14pt each) they cover, no more.
        var taken = Style.Gap + noteLines * 10;
        Assert.InRange(lost, (int)Math.Floor(taken / 14), (int)Math.Ceiling(taken / 14));
        Assert.True(Body(noted[0]).Max(g => g.Baseline) < Notes(noted[0]).Min(g => g.Baseline) - Style.Gap);
    }

    [Fact]
    public void A_note_longer_than_a_page_continues_at_the_foot_of_the_next_pages_with_every_word_in_order()
    {
        var noteText = TestFonts.Words(1200);
        var note = Note(1, noteText);
        var body = TestFonts.Words(500);
        var pages = Paginate(Paragraph(Text("Called"), Reference(1, note), Text(" " + body)));

        // The reference and the note's first line share the first page; the note runs on under a rule.
        Assert.Equal(0, PageOf(pages, i => i is GlyphRun { Size: ReferenceSize }));
        Assert.Equal("1", Notes(pages[0]).First().Text);
        var withNotes = pages.Where(p => Notes(p).Count > 0).ToList();
        Assert.True(withNotes.Count >= 3, $"the note should span three pages, not {withNotes.Count}");
        Assert.All(withNotes, p => Assert.Single(p.Items.OfType<RuleItem>()));
        Assert.Equal(["1", .. noteText.Split(' ')], withNotes.SelectMany(p => Words(Notes(p))));
        Assert.Equal(["Called1", .. body.Split(' ')],
            pages.SelectMany(p => Words(p.Items.OfType<GlyphRun>().Where(g => g.Size is 10 or ReferenceSize))));

        foreach (var page in pages)
        {
            var area = page.TextArea;
            Assert.All(page.Items.OfType<GlyphRun>(), g =>
            {
                Assert.InRange(g.Left, area.X - 0.01, area.Right + 0.01);
                Assert.InRange(g.Right, area.X - 0.01, area.Right + 0.01);
                Assert.InRange(g.Baseline, area.Y, area.Bottom);
            });
            // Text and notes never overlap: the flow ends above the rule.
            if (Notes(page).Count > 0 && Body(page).Count > 0)
                Assert.True(Body(page).Max(g => g.Baseline) < page.Items.OfType<RuleItem>().Single().Y1);
        }
    }

    [Fact]
    public void A_note_that_does_not_fit_below_its_line_splits_there_and_continues_overleaf()
    {
        // Ten body lines of room left on page 1; the note needs about thirty of its own lines.
        var lineCount = (int)(A5.TextHeight / 14);
        var filler = new SpaceBlock((lineCount - 10) * 14);
        var noteText = TestFonts.Words(400);
        var pages = Paginate(filler, Paragraph(Text("The call"), Reference(1, Note(1, noteText)), Text(" " + TestFonts.Words(300))));

        Assert.Equal(0, PageOf(pages, i => i is GlyphRun { Size: ReferenceSize }));
        var first = Words(Notes(pages[0])).ToList();
        var rest = Words(Notes(pages[1])).ToList();
        Assert.True(first.Count > 10 && rest.Count > 10, $"{first.Count} note words at the foot of page 1, {rest.Count} overleaf");
        Assert.Equal(["1", .. noteText.Split(' ')], first.Concat(rest));
        // The text stops at the first break after the call (two lines: no orphan), and the note takes the rest.
        Assert.Equal(2, Body(pages[0]).Select(g => g.Baseline).Distinct().Count());
        Assert.InRange(pages[0].TextArea.Bottom - Notes(pages[0]).Max(g => g.Baseline), 0, 10);
    }

    [Fact]
    public void A_line_whose_note_cannot_start_at_the_foot_moves_to_the_next_page_with_it()
    {
        // Room for one more body line at the foot of page 1, but not for that line and the note's first line too.
        var lineCount = (int)(A5.TextHeight / 14);
        var filler = new SpaceBlock((lineCount - 1) * 14);
        var note = Note(1, "The note.");
        var pages = Paginate(filler, Paragraph(Text("A short line"), Reference(1, note), Text(".")));

        Assert.Empty(pages[0].Items.OfType<GlyphRun>());
        Assert.Equal(1, PageOf(pages, i => i is GlyphRun { Size: ReferenceSize }));
        Assert.Equal(["1", "The", "note."], Words(Notes(pages[1])));
    }

    [Fact]
    public void A_note_called_after_a_continued_one_follows_it_and_notes_keep_the_order_they_are_called_in()
    {
        var first = Note(1, TestFonts.Words(700));
        var second = Note(2, "Second note.");
        var pages = Paginate(Paragraph(Text("One"), Reference(1, first), Text(" " + TestFonts.Words(300) + " two"),
            Reference(2, second), Text(" end.")));

        var noteWords = pages.SelectMany(p => Words(Notes(p))).ToList();
        Assert.Equal(["1", .. TestFonts.Words(700).Split(' '), "2", "Second", "note."], noteWords);
        var secondPage = PageOf(pages, i => i is DestinationItem { Name: "fn2" });
        Assert.True(secondPage >= PageOf(pages, i => i is InternalLinkItem { Destination: "fn2" }));
    }

    [Fact]
    public void A_page_break_waits_until_a_continued_note_is_set()
    {
        var note = Note(1, TestFonts.Words(900));
        var pages = Paginate(Paragraph(Text(TestFonts.Words(250)), Reference(1, note)),
            new MarkerBlock { PageBreakBefore = true, Mark = "Two", Anchors = ["two"] }, Paragraph(Text("Chapter two.")));

        var chapter = PageOf(pages, i => i is DestinationItem { Name: "two" });
        Assert.Empty(Notes(pages[chapter]));
        Assert.Equal(["1", .. TestFonts.Words(900).Split(' ')], pages.SelectMany(p => Words(Notes(p))));
        Assert.True(chapter > PageOf(pages, i => i is GlyphRun { Size: ReferenceSize }) + 1);
    }

    [Fact]
    public void A_note_called_only_from_another_note_is_set_after_it()
    {
        var inner = Note(2, "Inner note.");
        var outer = Note(1, "Outer note", Reference(2, inner), new TextRun(".", TestFonts.Body(NoteSize)));
        var pages = Paginate(Paragraph(Text("Text"), Reference(1, outer), Text(".")));

        Assert.Single(pages);
        var rule = pages[0].Items.OfType<RuleItem>().Single();
        Assert.Equal(["1", "Outer", "note2.", "2", "Inner", "note."],
            Words(pages[0].Items.OfType<GlyphRun>().Where(g => g.Baseline > rule.Y1)));
    }
}
