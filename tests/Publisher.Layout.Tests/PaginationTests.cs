using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

public class PaginationTests
{
    // A5 with the booklet's margins.
    private static readonly PageGeometry A5 = new(419.53, 595.28, 48, 57, 54, 42, Facing: true);

    private static List<Page> Paginate(params Block[] blocks) => new Paginator(TestFonts.Context(), A5).Paginate(blocks);

    private static ParagraphBlock Body(string text) =>
        new() { Runs = [new TextRun(text, TestFonts.Body())], Leading = 14, Align = Alignment.Justify };

    private static IEnumerable<GlyphRun> Glyphs(Page page) => page.Items.OfType<GlyphRun>();

    [Fact]
    public void A_paragraph_of_2000_words_flows_over_pages_whole_and_inside_the_text_area()
    {
        var text = TestFonts.Words(2000);
        var pages = Paginate(Body(text));

        Assert.InRange(pages.Count, 5, 12);
        var lines = pages.SelectMany(p => Glyphs(p).GroupBy(g => g.Baseline).Select(l => string.Concat(l.Select(g => g.Text)).TrimEnd()));
        Assert.Equal(text, string.Join(" ", lines));
        foreach (var page in pages)
        {
            var area = page.TextArea;
            foreach (var run in Glyphs(page))
            {
                Assert.InRange(run.Left, area.X - 0.01, area.Right + 0.01);
                Assert.InRange(run.Right, area.X - 0.01, area.Right + 0.01);
                Assert.InRange(run.Baseline, area.Y, area.Bottom);
            }
        }
        // Every page but the last is filled to within one line of its foot.
        foreach (var page in pages.SkipLast(1))
            Assert.True(Glyphs(page).Max(g => g.Baseline) > page.TextArea.Bottom - 14 - 4);
    }

    [Fact]
    public void Left_hand_pages_mirror_the_margins()
    {
        var pages = Paginate(Body(TestFonts.Words(900)));
        Assert.Equal(54, Glyphs(pages[0]).Min(g => g.Left), 1);
        Assert.Equal(42, Glyphs(pages[1]).Min(g => g.Left), 1);
    }

    [Fact]
    public void No_page_begins_with_a_widow_or_ends_with_an_orphan()
    {
        // Filler of a height that leaves room for exactly one more line at the foot.
        var lineCount = (int)(A5.TextHeight / 14);
        var filler = new SpaceBlock((lineCount - 1) * 14);
        var pages = Paginate(filler, Body(TestFonts.Words(40)));
        // One line would fit at the foot of page 1, but an orphan is not allowed: the paragraph moves.
        Assert.Empty(Glyphs(pages[0]));
        Assert.NotEmpty(Glyphs(pages[1]));
    }

    [Fact]
    public void A_heading_never_ends_a_page()
    {
        var lineCount = (int)(A5.TextHeight / 14);
        var filler = new SpaceBlock((lineCount - 2) * 14);
        var heading = new ParagraphBlock
        {
            Runs = [new TextRun("A heading", new TextStyle(TestFonts.SerifBold, 12, 0))],
            Leading = 14, KeepWithNext = true, Orphans = int.MaxValue,
        };
        var pages = Paginate(filler, heading, Body(TestFonts.Words(200)));
        Assert.Empty(Glyphs(pages[0]));
        Assert.Equal("A heading", Glyphs(pages[1]).First().Text);
    }

    [Fact]
    public void Page_break_before_starts_a_new_page_and_marks_are_kept()
    {
        var pages = Paginate(Body("one"), new MarkerBlock { PageBreakBefore = true, Mark = "Chapter 2", Anchors = ["ch2"] }, Body("two"));
        Assert.Equal(2, pages.Count);
        Assert.Equal(["Chapter 2"], pages[1].Marks);
        Assert.Contains(pages[1].Items, i => i is DestinationItem { Name: "ch2" });
    }
}

public class PageStructureTests
{
    private static readonly PageGeometry A5 = new(419.53, 595.28, 48, 57, 54, 42, Facing: true);

    private static ParagraphBlock Text(string text) =>
        new() { Runs = [new TextRun(text, TestFonts.Body())], Leading = 14, Align = Alignment.Justify };

    [Fact]
    public void A_chapter_that_must_open_on_a_right_hand_page_leaves_the_left_hand_page_blank()
    {
        var pages = new Paginator(TestFonts.Context(), A5).Paginate(
        [
            Text("Title page."),
            new MarkerBlock { PageBreakBefore = true, StartOnRecto = true, Mark = "One" },
            Text("Chapter one."),
            new MarkerBlock { PageBreakBefore = true, StartOnRecto = true, Mark = "Two" },
            Text("Chapter two."),
        ]);
        Assert.Equal(5, pages.Count);
        Assert.True(pages[1].IsBlank);
        Assert.Equal(["One"], pages[2].Marks);
        Assert.True(pages[3].IsBlank);
        Assert.Equal(["Two"], pages[4].Marks);
    }

    [Fact]
    public void A_booklet_is_padded_with_blank_pages_to_a_multiple_of_four()
    {
        var pages = new Paginator(TestFonts.Context(), A5) { PadTo = 4 }.Paginate(
            [Text("One."), new MarkerBlock { PageBreakBefore = true }, Text("Two.")]);
        Assert.Equal(4, pages.Count);
        Assert.False(pages[1].IsBlank);
        Assert.True(pages[2].IsBlank && pages[3].IsBlank);
    }
}
