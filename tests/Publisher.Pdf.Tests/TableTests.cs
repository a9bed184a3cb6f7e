using System.Text;
using Publisher.Core.Templates;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>Pipe and grid tables in the PDF, read back with PdfPig as a reader's tools see them.</summary>
public class TableTests
{
    private const string BookYml = "title: Tables\nlanguage: en\n";

    private static (PageSpec Page, byte[] Pdf) Build(string markdown)
    {
        var root = TestBooks.Write(BookYml, ("t.md", markdown));
        var (book, pdf) = TestBooks.Build(root, "sample");
        return (book.Template.Page, pdf);
    }

    /// <summary>Words in the text area (no running heads or folios), as lines top to bottom.</summary>
    private static List<List<Word>> Lines(Page page, PageSpec spec) => page.GetWords()
        .Where(w => w.BoundingBox.Bottom > spec.MarginBottom - 4 && w.BoundingBox.Top < page.Height - spec.MarginTop + 4)
        .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
        .OrderByDescending(l => l.Key)
        .Select(l => l.OrderBy(w => w.BoundingBox.Left).ToList())
        .ToList();

    private static List<string> Text(IEnumerable<List<Word>> lines) =>
        lines.Select(l => string.Join(" ", l.Select(w => w.Text))).ToList();

    /// <summary>The left edge of the text area: the inner margin on right-hand (odd) pages, the outer on left-hand ones.</summary>
    private static double TextLeft(PageSpec spec, int page) => page % 2 == 0 ? spec.MarginOuter : spec.MarginInner;

    /// <summary>Where a word's last glyph advance ends (its ink may stop short of it).</summary>
    private static double AdvanceRight(Word word) => word.Letters[^1].EndBaseLine.X;

    private static double AdvanceLeft(Word word) => word.Letters[0].StartBaseLine.X;

    [Fact]
    public void A_pipe_tables_cells_read_back_in_order_with_the_header_in_bold()
    {
        var (spec, pdf) = Build("""
            Before the table.

            | Fruit | Count | Colour |
            |-------|------:|:------:|
            | apple | 3     | red    |
            | pear  | 15    | green  |
            | plum  | 1024  | purple |

            After the table.
            """);
        using var document = TestBooks.Open(pdf);
        var lines = Lines(document.GetPage(document.FirstChapterPage()), spec);
        Assert.Equal(["Before the table.", "Fruit Count Colour", "apple 3 red", "pear 15 green", "plum 1024 purple", "After the table."],
            Text(lines));
        Assert.All(lines[1], w => Assert.Contains("Bold", w.FontName));
        Assert.All(lines[2], w => Assert.DoesNotContain("Bold", w.FontName));
        // Nine-point table text under the ten-point body (template.yml: table.size 0.9em).
        Assert.Equal(9, lines[2][0].Letters[0].PointSize, 1);
        Assert.Equal(10, lines[0][0].Letters[0].PointSize, 1);
    }

    [Fact]
    public void A_right_aligned_column_shares_a_right_edge_and_a_centred_one_a_centre()
    {
        var (spec, pdf) = Build("""
            | Fruit | Count | Colour |
            |-------|------:|:------:|
            | apple | 3     | red    |
            | pear  | 15    | green  |
            | plum  | 1024  | purple |
            """);
        using var document = TestBooks.Open(pdf);
        var rows = Lines(document.GetPage(document.FirstChapterPage()), spec);
        var counts = rows.Select(r => r[1]).ToList();
        Assert.Equal(["Count", "3", "15", "1024"], counts.Select(w => w.Text));
        Assert.All(counts, w => Assert.Equal(AdvanceRight(counts[0]), AdvanceRight(w), 1));
        Assert.True(AdvanceLeft(counts[1]) > AdvanceLeft(counts[3]) + 5, "the numbers are not left-aligned");
        var colours = rows.Select(r => r[2]).ToList();
        var centre = (AdvanceLeft(colours[0]) + AdvanceRight(colours[0])) / 2;
        Assert.All(colours, w => Assert.Equal(centre, (AdvanceLeft(w) + AdvanceRight(w)) / 2, 1));
    }

    [Fact]
    public void A_narrow_column_stays_narrow_while_a_long_one_wraps_to_the_text_width()
    {
        var prose = "The layout engine breaks paragraphs into lines and pages without ever crossing a margin, " +
            "and typography is the quiet work of making reading easy.";
        var (spec, pdf) = Build($"""
            | Id | Description | Qty |
            |----|-------------|----:|
            | A-1 | {prose} | 7 |
            | C-333 | Short. | 1024 |
            """);
        using var document = TestBooks.Open(pdf);
        var lines = Lines(document.GetPage(document.FirstChapterPage()), spec);
        var words = lines.SelectMany(l => l).ToList();
        // The id column is as wide as "C-333" plus the padding on both sides (5pt each):
        // the description begins 10pt after the id's end.
        var id = words.Single(w => w.Text == "C-333");
        var description = words.Single(w => w.Text == "Description");
        Assert.Equal(AdvanceRight(id) + 10, AdvanceLeft(description), 1);
        // The quantities end 5pt inside the right edge of the text: the table takes the full width.
        var textRight = TextLeft(spec, document.FirstChapterPage()) + spec.TextWidth;
        Assert.Equal(textRight - 5, AdvanceRight(words.Single(w => w.Text == "Qty")), 1);
        Assert.Equal(textRight - 5, AdvanceRight(words.Single(w => w.Text == "1024")), 1);
        // The description wraps over several lines and reads back whole.
        var descriptionWords = words.Where(w => AdvanceLeft(w) >= AdvanceLeft(description) - 0.5)
            .Where(w => Math.Abs(AdvanceRight(w) - (textRight - 5)) > 0.5 && w.Text is not ("Description" or "Short."));
        var descriptionLines = lines.Count(l => l.Any(w => Math.Abs(AdvanceLeft(w) - AdvanceLeft(description)) < 0.5)) - 2;
        Assert.True(descriptionLines >= 3, $"the description takes {descriptionLines} lines");
        Assert.Equal(prose, string.Join(" ", descriptionWords.Select(w => w.Text)));
    }

    [Fact]
    public void A_table_crossing_pages_repeats_its_header_row_on_the_next_page()
    {
        var markdown = new StringBuilder("Squares and cubes.\n\n| Number | Square | Cube |\n|---:|---:|---:|\n");
        for (var n = 1; n <= 100; n++) markdown.Append($"| {n} | {n * n} | {n * n * n} |\n");
        var (spec, pdf) = Build(markdown.ToString());
        using var document = TestBooks.Open(pdf);
        Assert.True(document.NumberOfPages >= 4, $"{document.NumberOfPages} pages");

        var body = new List<string>();
        for (var p = document.FirstChapterPage(); p <= document.NumberOfPages; p++)
        {
            var lines = Text(Lines(document.GetPage(p), spec));
            if (lines.Count == 0) continue; // a blank page filling the booklet's last sheet
            var header = lines.IndexOf("Number Square Cube");
            Assert.True(header == (p == document.FirstChapterPage() ? 1 : 0), $"page {p} starts with '{lines[0]}'");
            body.AddRange(lines.Skip(header + 1));
        }
        // Each row once, in order: the repeated headers add no rows and lose none.
        Assert.Equal(Enumerable.Range(1, 100).Select(n => $"{n} {n * n} {n * n * n}"), body);
    }

    [Fact]
    public void A_very_wide_table_keeps_every_glyph_inside_the_text_area()
    {
        string[] words = ["Nichtregierungsorganisationen", "Donaudampfschifffahrt", "Internationalisation",
            "Characteristically", "Incomprehensibilities", "Counterrevolutionaries", "Electroencephalography",
            "Interdisciplinarity", "Psychophysiological"];
        var row = "| " + string.Join(" | ", words) + " |\n";
        var (spec, pdf) = Build(row + "|" + string.Concat(words.Select(_ => "---|")) + "\n" + row + row);
        using var document = TestBooks.Open(pdf);
        var page = document.GetPage(document.FirstChapterPage());
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)
            && l.StartBaseLine.Y > spec.MarginBottom && l.StartBaseLine.Y < page.Height - spec.MarginTop).ToList();
        var left = TextLeft(spec, document.FirstChapterPage());
        Assert.All(letters, l =>
        {
            Assert.InRange(l.StartBaseLine.X, left - 0.01, left + spec.TextWidth + 0.01);
            Assert.InRange(l.EndBaseLine.X, left - 0.01, left + spec.TextWidth + 0.01);
        });
        // The text has shrunk to the template's floor (min-size: 6.5pt); even so, words are cut over lines.
        Assert.All(letters, l => Assert.Equal(6.5, l.PointSize, 1));
        // Not a letter lost: each column, read top to bottom, holds its word three times over.
        // Columns begin where the header's first line has a gap of the cells' padding.
        var top = letters.Max(l => l.StartBaseLine.Y);
        var header = letters.Where(l => l.StartBaseLine.Y == top).OrderBy(l => l.StartBaseLine.X).ToList();
        var starts = header.Where((l, i) => i == 0 || l.StartBaseLine.X - header[i - 1].EndBaseLine.X > 3)
            .Select(l => l.StartBaseLine.X).ToList();
        Assert.Equal(words.Length, starts.Count);
        for (var c = 0; c < words.Length; c++)
        {
            var (from, to) = (starts[c] - 0.5, c + 1 < starts.Count ? starts[c + 1] - 0.5 : double.MaxValue);
            var column = letters.Where(l => l.StartBaseLine.X >= from && l.StartBaseLine.X < to)
                .OrderByDescending(l => Math.Round(l.StartBaseLine.Y, 1)).ThenBy(l => l.StartBaseLine.X);
            Assert.Equal(string.Concat(Enumerable.Repeat(words[c], 3)), string.Concat(column.Select(l => Unligature(l.Value))));
        }
    }

    [Fact]
    public void A_header_of_empty_cells_is_left_out_rather_than_set_as_an_empty_band()
    {
        var (spec, blankPdf) = Build("Before.\n\n|   |   |\n|---|---|\n| no header | b |\n");
        var (_, headedPdf) = Build("Before.\n\n| x | y |\n|---|---|\n| no header | b |\n");
        using var blank = TestBooks.Open(blankPdf);
        using var headed = TestBooks.Open(headedPdf);
        var blankLines = Lines(blank.GetPage(blank.FirstChapterPage()), spec);
        var headedLines = Lines(headed.GetPage(headed.FirstChapterPage()), spec);
        Assert.Equal(["Before.", "no header b"], Text(blankLines));
        // The first body row stands where the header row would have been.
        Assert.Equal(headedLines[1][0].Letters[0].StartBaseLine.Y, blankLines[1][0].Letters[0].StartBaseLine.Y, 1);
    }

    /// <summary>
    /// PdfPig reads a ligature glyph as its presentation form (ﬀ), not the letters it stands
    /// for; NFKC would undo that, but the tests run with invariant globalization.
    /// </summary>
    private static string Unligature(string text) => text
        .Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB03", "ffi").Replace("\uFB04", "ffl");

    [Fact]
    public void A_grid_table_with_a_spanning_cell_and_cells_of_several_blocks_reads_back()
    {
        var (spec, pdf) = Build("""
            +---------+---------+---------+
            | Name    | First   | Second  |
            +=========+=========+=========+
            | wide    | spans both columns|
            +---------+---------+---------+
            | list    | - one   | para    |
            |         | - two   |         |
            |         |         | another |
            +---------+---------+---------+
            """);
        using var document = TestBooks.Open(pdf);
        var lines = Lines(document.GetPage(document.FirstChapterPage()), spec);
        Assert.Equal(["Name First Second", "wide spans both columns", "list • one para", "• two another"], Text(lines));
        // The spanning cell starts in the second column, under its header.
        var first = lines[0][1];
        Assert.Equal(AdvanceLeft(first), AdvanceLeft(lines[1][1]), 1);
        // Two paragraphs in one cell stand on two lines of that cell.
        Assert.Equal(AdvanceLeft(lines[2].Single(w => w.Text == "para")), AdvanceLeft(lines[3].Single(w => w.Text == "another")), 1);
    }
}
