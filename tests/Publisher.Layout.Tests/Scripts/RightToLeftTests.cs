using Publisher.Layout.Blocks;
using Publisher.Layout.Fonts;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests.Scripts;

/// <summary>Arabic paragraphs start at the right margin; the bidi algorithm orders the words of both directions on each line.</summary>
public sealed class RightToLeftTests
{
    // From Pro Git's Arabic translation (CC BY-NC-SA 3.0), chapter 1.
    private const string Arabic =
        "كما تبدأ العديد من الأشياء الجميلة في الحياة، بدأت Git كنوع من التدمير المبدع المثير للجدل. " +
        "الـ Linux Kernel هو برنامج مفتوح المصدر ذو إطار واسع نوعاً ما. طوال حياة هذا المشروع (من 1991-2002)، " +
        "كان يتم تناقل التعديلات على شكل ملفات إصلاح و ملفات مؤرشفة.";

    private static List<Row> Rows(string text, bool rightToLeft, Alignment align = Alignment.Justify, double width = 260, double firstLineIndent = 0)
    {
        var block = new ParagraphBlock
        {
            Runs = [new TextRun(text, TestFonts.Body())], Leading = 15, Align = align, RightToLeft = rightToLeft,
            FirstLineIndent = firstLineIndent,
        };
        var context = new LayoutContext(new Shaping.TextShaper("ar"), new FontFallback([], SystemFallback.Installed, "ar"));
        return block.Layout(context, width).Rows.ToList();
    }

    private static GlyphRun[] Runs(Row row) => row.Items.OfType<GlyphRun>().ToArray();

    [Fact]
    public void The_first_word_of_an_arabic_paragraph_stands_at_the_right_margin()
    {
        var first = Runs(Rows(Arabic, rightToLeft: true)[0]);
        // The text's first run (in the order written) holds its first word, and it is the rightmost on the line.
        Assert.StartsWith("كما تبدأ", first[0].Text);
        Assert.Equal(first.Max(r => r.Right), first[0].Right);
        Assert.InRange(first[0].Right, 259.5, 260.5);
        Assert.True(first[0].RightToLeft);
    }

    [Fact]
    public void A_first_line_indent_and_a_short_last_line_stand_on_the_right()
    {
        var rows = Rows(Arabic, rightToLeft: true, firstLineIndent: 12);
        Assert.InRange(Runs(rows[0]).Max(r => r.Right), 247.5, 248.5);
        var last = Runs(rows[^1]);
        Assert.InRange(last.Max(r => r.Right), 259.5, 260.5);
        Assert.True(last.Min(r => r.Left) > 20, "the last line is short and flush right");
    }

    [Fact]
    public void An_english_name_inside_arabic_keeps_its_letters_left_to_right_and_stands_after_the_words_before_it()
    {
        var rows = Rows(Arabic, rightToLeft: true);
        var line = rows.Select(Runs).First(runs => runs.Any(r => r.Text.Contains("Linux")));
        var latin = line.Single(r => r.Text.Contains("Linux"));
        Assert.False(latin.RightToLeft);
        Assert.True(latin.X.Zip(latin.X.Skip(1)).All(p => p.First < p.Second), "Latin glyphs go left to right");
        // "الـ" is written before "Linux Kernel": in a right-to-left line it stands to its right.
        var before = line.First(r => r.Text.Contains("الـ"));
        Assert.True(before.Left >= latin.Right - 0.01, $"'{before.Text}' at {before.Left} should be right of '{latin.Text}' ending at {latin.Right}");
    }

    [Fact]
    public void Digits_inside_arabic_read_left_to_right()
    {
        var line = Rows(Arabic, rightToLeft: true).Select(Runs).First(runs => runs.Any(r => r.Text.Contains("1991")));
        var number = line.First(r => r.Text.Contains("1991"));
        Assert.False(number.RightToLeft);
        Assert.True(number.X.Zip(number.X.Skip(1)).All(p => p.First < p.Second));
    }

    [Fact]
    public void A_left_to_right_paragraph_with_an_arabic_word_keeps_its_order_and_sets_the_word_right_to_left()
    {
        var runs = Runs(Rows("The word كتاب means book.", rightToLeft: false, Alignment.Left)[0]);
        var word = runs.Single(r => r.Text.Contains("كتاب"));
        Assert.True(word.RightToLeft);
        var the = runs.Single(r => r.Text.StartsWith("The"));
        Assert.True(the.Right <= word.Left + 0.01 || the.Text.Contains("كتاب"));
        Assert.Equal(0, runs.Min(r => r.Left), 2);
    }
}
