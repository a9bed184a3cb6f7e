using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Pagination;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

/// <summary>A heading never stands at the foot of a page, nor with a single line under it.</summary>
public class KeepWithHeadingTests
{
    private static readonly PageGeometry A5 = new(419.53, 595.28, 48, 57, 54, 42, Facing: true);

    private static ParagraphBlock Text(string text, double spaceBefore = 0) => new()
    {
        Runs = [new TextRun(text, TestFonts.Body())], Leading = 14, Align = Alignment.Justify, SpaceBefore = spaceBefore,
    };

    private static ParagraphBlock Heading(string text) => new()
    {
        Runs = [new TextRun(text, new TextStyle(TestFonts.SerifBold, 12, 0))],
        Leading = 16, SpaceBefore = 12, SpaceAfter = 4, KeepWithNext = true, Orphans = int.MaxValue,
    };

    /// <summary>
    /// The filler grows a point at a time across two lines' worth, so that the heading meets the foot of the page
    /// at every offset; under it come one-line items (a list, short paragraphs) and then a paragraph.
    /// </summary>
    [Fact]
    public void A_heading_is_never_last_on_a_page_and_has_at_least_two_lines_under_it()
    {
        var lines = (int)(A5.TextHeight / 14);
        for (var extra = 0; extra <= 40; extra++)
        {
            var pages = new Paginator(TestFonts.Context(), A5).Paginate(
            [
                new SpaceBlock((lines - 4) * 14 + extra),
                Heading("A heading"),
                Text("One line."),
                Text("Another line."),
                Text(TestFonts.Words(60), spaceBefore: 4),
            ]);
            var page = pages.Single(p => p.Lines.Any(l => l.KeepWithNext));
            var heading = page.Lines.FindIndex(l => l.KeepWithNext);
            Assert.True(page.Lines.Count - heading - 1 >= 2,
                $"filler +{extra} pt: the heading on page {page.Number} has {page.Lines.Count - heading - 1} line(s) under it");
        }
    }
}
