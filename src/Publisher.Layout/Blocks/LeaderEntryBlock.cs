using Publisher.Layout.Pages;
using Publisher.Layout.Text;

namespace Publisher.Layout.Blocks;

/// <summary>
/// A line of a table of contents: the entry's text on the left (wrapping before the number
/// column if it is long), its page number flush right on the last line, a leader of repeated
/// dots between them, and the whole entry a link to <see cref="Destination"/>. The dots
/// stand on a grid counted from the text's left edge, so the leaders of all entries line up
/// in columns, as in a typeset book. A right-to-left entry (<see cref="ParagraphBlock.RightToLeft"/>) is the
/// mirror image: text from the right, number flush left.
/// </summary>
public sealed record LeaderEntryBlock : Block
{
    /// <summary>The entry's text, with its indent and style.</summary>
    public required ParagraphBlock Text { get; init; }
    public required TextRun Number { get; init; }
    /// <summary>What is repeated between text and number (".", "·"); null for no leader.</summary>
    public TextRun? Leader { get; init; }
    /// <summary>Width kept free for the numbers on the right: a long text wraps before it.</summary>
    public required double NumberColumn { get; init; }
    /// <summary>Least space between the text, the leader and the number.</summary>
    public required double Gap { get; init; }
    public string? Destination { get; init; }

    public override BlockRows Layout(LayoutContext context, double width)
    {
        var text = (Text with { RightIndent = NumberColumn + Gap }).LayOut(context, width);
        if (text.Count == 0) return text;
        var rows = new List<Row>(text.Count);
        for (var r = 0; r < text.Count; r++)
        {
            var row = text.Rows[r];
            var items = new List<PageItem>(row.Items);
            if (r == text.Count - 1) SetNumber(context, width, row, items);
            if (Destination is { } destination)
                items.Add(new InternalLinkItem(new Rect(Text.RightToLeft ? 0 : Text.LeftIndent, 0, width - Text.LeftIndent, row.Height), destination));
            rows.Add(new Row(row.Height, items));
        }
        // An entry is never split across pages.
        return new BlockRows(rows, _ => false);
    }

    private void SetNumber(LayoutContext context, double width, Row row, List<PageItem> items)
    {
        var runs = row.Items.OfType<GlyphRun>().ToList();
        var baseline = runs.Count > 0 ? runs[0].Baseline : row.Height * 0.75;
        var number = context.Shaper.Shape(Number.Style.Face, Number.Style.Size, Number.Text);
        if (Text.RightToLeft)
        {
            // The number flush left, the leader from it to where the text ends on the left.
            var textStart = runs.Count > 0 ? runs.Min(g => g.Left) : width - Text.LeftIndent;
            var numberEnd = number.Advances.Sum();
            SetLeader(context, numberEnd, textStart, baseline, items);
            items.Add(Place(number, Number.Style, 0, baseline));
            return;
        }
        var textEnd = runs.Count > 0 ? runs.Max(g => g.Right) : Text.LeftIndent;
        var numberX = width - number.Advances.Sum();
        // The leader goes first, so that text read from the page comes in reading order: "Title . . . 12".
        SetLeader(context, textEnd, numberX, baseline, items);
        items.Add(Place(number, Number.Style, numberX, baseline));
    }

    private void SetLeader(LayoutContext context, double textEnd, double numberX, double baseline, List<PageItem> items)
    {
        if (Leader is not { } leader) return;
        var dot = context.Shaper.Shape(leader.Style.Face, leader.Style.Size, leader.Text);
        var advance = dot.Advances.Sum();
        var pitch = advance + leader.Style.Size * 0.3;
        var first = (int)Math.Ceiling((textEnd + Gap) / pitch);
        var last = (int)Math.Floor((numberX - Gap - advance) / pitch);
        if (last < first) return;
        var count = last - first + 1;
        var glyphs = new ushort[count * dot.Count];
        var xs = new double[glyphs.Length];
        var clusters = new int[glyphs.Length];
        for (var k = 0; k < count; k++)
        {
            var x = (first + k) * pitch;
            for (var g = 0; g < dot.Count; g++)
            {
                var i = k * dot.Count + g;
                glyphs[i] = dot.Glyphs[g];
                xs[i] = x + dot.OffsetsX[g];
                clusters[i] = k * leader.Text.Length + dot.Clusters[g];
                x += dot.Advances[g];
            }
        }
        var repeated = string.Concat(Enumerable.Repeat(leader.Text, count));
        items.Add(new GlyphRun(leader.Style.Face, leader.Style.Size, leader.Style.Color, baseline, glyphs, xs,
            new double[glyphs.Length], repeated, clusters) { Right = (last * pitch) + advance });
    }

    private static GlyphRun Place(Shaping.ShapedText shaped, TextStyle style, double x, double baseline)
    {
        var xs = new double[shaped.Count];
        for (var i = 0; i < shaped.Count; i++)
        {
            xs[i] = x + shaped.OffsetsX[i];
            x += shaped.Advances[i];
        }
        return new GlyphRun(style.Face, style.Size, style.Color, baseline, shaped.Glyphs, xs, shaped.OffsetsY, shaped.Text,
            shaped.Clusters) { Right = x };
    }
}
