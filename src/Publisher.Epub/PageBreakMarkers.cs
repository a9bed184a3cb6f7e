using System.Text;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Publisher.Core.PrintPages;
using Publisher.Layout.Text;
using MdBlock = Markdig.Syntax.Block;

namespace Publisher.Epub;

/// <summary>
/// Puts the print edition's page breaks into a chapter's XHTML while Markdig renders it: a
/// <c>&lt;span epub:type="pagebreak"/&gt;</c> before the first word of each page. The PDF names
/// that place by the Markdown block (its offset in the chapter) and the number of the block's
/// words set on earlier pages (<see cref="PrintPosition"/>); here the block's output is found
/// by the renderer's before/after events, and the word by counting words in its text the way
/// the PDF counted them (<see cref="WordCount"/>), markup left aside. A page that begins at a
/// block's start gets its marker before the block's element (so before a heading, not inside it).
/// A page whose block the renderer never announces (a table row, a definition term) gets its
/// marker before the next block that is announced, so the order of pages always holds.
/// The chapter is rendered before the print edition is laid out (<see cref="RenderedChapter"/>
/// records where each block's output begins and ends); the markers are put in afterwards, by
/// replaying those places as the renderer announced them (<see cref="Apply"/>).
/// </summary>
internal sealed class PageBreakMarkers
{
    private readonly List<(int Number, PrintPage Page)> _pending;
    private readonly StringBuilder _output;
    // The block whose output holds the pending pages at its offset, and where that output starts.
    private readonly Dictionary<int, (MarkdownObject Block, int Position)> _open = [];

    private PageBreakMarkers(IEnumerable<(int Number, PrintPage Page)> pages, StringBuilder output)
    {
        _pending = pages.OrderBy(p => p.Number).ToList();
        _output = output;
    }

    public static string IdFor(int number) => Publisher.Core.Markdown.GeneratedIds.PrintPage(number);

    /// <summary>The marker for page <paramref name="number"/> (its place in the print edition, from 1), labelled as printed.</summary>
    public static string Marker(int number, string label) =>
        $"<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"{IdFor(number)}\" aria-label=\"{XhtmlPage.Escape(label)}\"></span>";

    /// <summary>
    /// Watches <paramref name="renderer"/>, which writes into <paramref name="output"/>: where the output of
    /// each block begins and ends, in the order the renderer announces them, for <see cref="Apply"/>.
    /// </summary>
    public static List<BlockPlace> Record(HtmlRenderer renderer, StringBuilder output)
    {
        var places = new List<BlockPlace>();
        renderer.ObjectWriteBefore += (_, o) =>
        {
            if (o is MdBlock block and not MarkdownDocument && MayPrecede(block)) places.Add(new BlockPlace(block, output.Length, End: false));
        };
        renderer.ObjectWriteAfter += (_, o) =>
        {
            if (o is MdBlock block and not MarkdownDocument) places.Add(new BlockPlace(block, output.Length, End: true));
        };
        return places;
    }

    /// <summary>
    /// <paramref name="text"/>, a chapter's output without markers, with the markers of <paramref name="pages"/>:
    /// each recorded place is met as the renderer met it, with the output before it already written (and
    /// marked), so a page is marked exactly where it would have been had the markers been put in while rendering.
    /// </summary>
    public static string Apply(string text, IReadOnlyList<BlockPlace> places, IEnumerable<(int Number, PrintPage Page)> pages)
    {
        var output = new StringBuilder(text.Length + 1024);
        var markers = new PageBreakMarkers(pages, output);
        var written = 0;
        foreach (var place in places)
        {
            if (markers._pending.Count == 0) break;
            output.Append(text, written, place.Position - written);
            written = place.Position;
            if (place.End) markers.After(place.Block);
            else markers.Before(place.Block);
        }
        output.Append(text, written, text.Length - written);
        // The pages no block took (after the chapter's last line: blank pages), at the chapter's end.
        output.Append(string.Concat(markers._pending.Select(p => Marker(p.Number, p.Page.Label) + "\n")));
        return output.ToString();
    }

    /// <summary>Where a block's output begins (<paramref name="End"/> false) or ends, in the chapter's unmarked output.</summary>
    internal readonly record struct BlockPlace(MdBlock Block, int Position, bool End);

    private void Before(MdBlock block)
    {
        var start = block.Span.Start;
        // Pages whose own block never came (and is not being written now) begin here.
        var passed = _pending.TakeWhile(p => p.Page.Start.Offset < start && !_open.ContainsKey(p.Page.Start.Offset)).ToList();
        if (passed.Count > 0)
        {
            _output.Append(string.Concat(passed.Select(p => Marker(p.Number, p.Page.Label))));
            _pending.RemoveRange(0, passed.Count);
        }
        if (!_open.ContainsKey(start) && _pending.Any(p => p.Page.Start.Offset == start))
            _open[start] = (block, _output.Length);
    }

    private void After(MdBlock block)
    {
        if (!_open.TryGetValue(block.Span.Start, out var open) || open.Block != block) return;
        var o = block;
        var offset = block.Span.Start;
        _open.Remove(offset);
        var here = _pending.Where(p => p.Page.Start.Offset == offset).ToList();
        _pending.RemoveAll(p => p.Page.Start.Offset == offset);
        // The block's output is read once and written back once with its markers, whatever the number of
        // pages it spans: a StringBuilder's indexer walks its chunks, and a 20,000-line paragraph over 400
        // pages took 40 s when each page's word was looked for from the block's start.
        var text = _output.ToString(open.Position, _output.Length - open.Position);
        var starts = WordStarts(text, here.Select(p => p.Page.Start.Word).Where(w => w > 0).Distinct().Order().ToList());
        _output.Length = open.Position;
        var written = 0;
        // Raw HTML is the author's markup (a table's rows, a list's items), where a span may not stand wherever a
        // word starts: a page that begins inside it is marked before it.
        foreach (var (at, p) in here.Select(p => (At: p.Page.Start.Word == 0 || o is HtmlBlock ? 0 : starts[p.Page.Start.Word], p))
                     .OrderBy(x => x.At).ThenBy(x => x.p.Number))
        {
            _output.Append(text, written, at - written).Append(Marker(p.Number, p.Page.Label));
            written = at;
        }
        _output.Append(text, written, text.Length - written);
    }

    /// <summary>
    /// Where each of the <paramref name="words"/> (numbers from 0, ascending) of <paramref name="text"/> starts:
    /// just after the space before it, so the marker stands outside an element the word opens
    /// (before <c>&lt;em&gt;</c>, not inside). Tags are not text; an image counts as a character,
    /// as its placeholder does in the PDF; an entity is one character. Past the last word: the end.
    /// </summary>
    private static Dictionary<int, int> WordStarts(string text, IReadOnlyList<int> words)
    {
        var starts = new Dictionary<int, int>(words.Count);
        var next = 0; // the index in words of the next one to find
        var count = 0;
        var separated = true;
        var previousUnspaced = false;
        var place = 0;
        void WordAt(int at)
        {
            if (next < words.Count && words[next] == count) starts[words[next++]] = at;
            count++;
        }
        for (var i = 0; i < text.Length && next < words.Count; i++)
        {
            var c = text[i];
            if (c == '<')
            {
                var isImage = string.CompareOrdinal(text, i + 1, "img", 0, 3) == 0 && i + 4 < text.Length && text[i + 4] is ' ' or '/' or '>';
                var end = text.IndexOf('>', i);
                if (end < 0) end = text.Length;
                if (isImage)
                {
                    if (separated) WordAt(place);
                    separated = false;
                }
                i = end;
                continue;
            }
            if (WordCount.IsSeparator(c))
            {
                separated = true;
                place = i + 1;
                continue;
            }
            // A surrogate pair's second half goes with its first.
            if (char.IsLowSurrogate(c)) continue;
            // Each Chinese or Japanese character is a word of its own, as in print (WordCount).
            var unspaced = WordCount.IsUnspacedAt(text, i);
            if (separated) WordAt(place);
            else if (unspaced || previousUnspaced) WordAt(i);
            separated = false;
            previousUnspaced = unspaced;
            if (c == '&')
            {
                var semicolon = text.IndexOf(';', i);
                i = semicolon < 0 ? text.Length : semicolon;
            }
        }
        for (; next < words.Count; next++) starts[words[next]] = text.Length;
        return starts;
    }

    /// <summary>
    /// Whether the renderer announces this block where a span may stand: not between a list's
    /// items, a definition list's parts, a table's rows or the notes of a note list.
    /// </summary>
    private static bool MayPrecede(MdBlock block) =>
        block is not (ListItemBlock or DefinitionItem or DefinitionTerm or TableRow or Footnote);
}
