using Publisher.Layout.Blocks;

namespace Publisher.Layout.Pagination;

/// <summary>
/// Footnotes, as TeX places its insertions. A row that calls notes may only go on a page if its notes fit below
/// the flow, or if at least the first line of a note that does not fit does; once a run of rows is placed, their
/// notes' rows move into the page's <see cref="FootnoteArea"/>, which takes its height from the room left for the
/// flow. What does not fit waits in <see cref="_continued"/>, in order, for the foot of the next page; while
/// anything waits, the page is full: a later note must not stand above the rest of an earlier one.
/// </summary>
public sealed partial class Paginator
{
    /// <summary>The rule and gap above each page's notes.</summary>
    public FootnoteStyle Footnotes { get; init; } = FootnoteStyle.Default;

    private FootnoteArea? _footnotes;
    private readonly List<(BlockRows Rows, int Next)> _continued = [];
    private readonly Dictionary<Footnote, BlockRows> _noteRows = new(ReferenceEqualityComparer.Instance);

    /// <summary>True once anything, text or a note, stands on the page.</summary>
    private bool HoldsAnything => _pageHasContent || _footnotes is { IsEmpty: false };

    private double FlowBottom => _continued.Count > 0 ? _y : _page.TextArea.Bottom - _footnotes!.Height;

    private BlockRows NoteRows(Footnote note) =>
        _noteRows.TryGetValue(note, out var rows) ? rows : _noteRows[note] = note.Layout(context, geometry.TextWidth);

    /// <summary>
    /// How many rows from <paramref name="start"/> go on this page with their notes. The rows' own rules (breaks,
    /// and whatever else <see cref="BlockRows.Fit"/> knows) stay with <see cref="BlockRows.Fit"/>: this only takes
    /// the notes' room from the height it is given. First choice: as many rows as fit with every note whole. If
    /// the next row calls a note that cannot come whole, that row still comes when at least the first line of its
    /// note fits; the flow then stops at the first break after it, and the note takes the rest of the page.
    /// </summary>
    private int FitRows(BlockRows rows, int start)
    {
        if (_continued.Count > 0) return 0;
        var room = FlowBottom - _y;
        var limit = rows.Fit(start, room);
        var whole = limit;
        while (whole > 0 && rows.Fit(start, room - FootnotesNeeded(rows, start, whole, split: false)) < whole)
            whole = PreviousBreak(rows, start, whole);

        var calling = start + whole;
        while (calling < start + limit && rows.Rows[calling].Footnotes.Count == 0) calling++;
        if (calling == start + limit) return whole;
        var split = NextBreak(rows, start, calling - start + 1);
        return split <= limit && rows.Fit(start, room - FootnotesNeeded(rows, start, split, split: true)) >= split
            ? split : whole;
    }

    /// <summary>
    /// What the footnote area must grow by for rows [start, start + count) to be placed: every note whole, or with
    /// <paramref name="split"/>, the last of them only down to its first unbreakable part (were an earlier one
    /// split, the notes after it would have no line on the page of their reference).
    /// </summary>
    private double FootnotesNeeded(BlockRows rows, int start, int count, bool split)
    {
        var height = 0.0;
        BlockRows? last = null;
        for (var i = start; i < start + count; i++)
        {
            foreach (var note in rows.Rows[i].Footnotes)
            {
                last = NoteRows(note);
                height += last.Height;
            }
        }
        if (height == 0) return 0;
        if (split && last is not null) height -= last.Height - last.FirstChunkHeight();
        return height + (_footnotes!.IsEmpty ? Footnotes.Gap : 0);
    }

    /// <summary>The longest run of rows from <paramref name="start"/> shorter than <paramref name="count"/> that may end a page; 0 if none.</summary>
    private static int PreviousBreak(BlockRows rows, int start, int count)
    {
        for (var c = count - 1; c > 0; c--)
            if (rows.CanBreakBefore(start + c)) return c;
        return 0;
    }

    /// <summary>The shortest run of rows from <paramref name="start"/>, at least <paramref name="count"/> long, that may end a page.</summary>
    private static int NextBreak(BlockRows rows, int start, int count)
    {
        var c = count;
        while (start + c < rows.Count && !rows.CanBreakBefore(start + c)) c++;
        return c;
    }

    /// <summary>
    /// The least room the notes called in a block's first unbreakable rows need (keep-with-next asks for it, so
    /// that a heading does not stay behind when its paragraph's first line moves on for a note's sake).
    /// </summary>
    private double FirstChunkFootnotesHeight(BlockRows rows)
    {
        var height = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var note in rows.Rows[i].Footnotes) height += NoteRows(note).FirstChunkHeight();
            if (rows.CanBreakBefore(i + 1)) break;
        }
        return height > 0 && _footnotes!.IsEmpty ? height + Footnotes.Gap : height;
    }

    /// <summary>
    /// Moves the notes that just-placed rows call into the footnote area, or into the queue for the next page. It
    /// runs once the rows are placed, so that a note that must split leaves them their room.
    /// </summary>
    private void PlaceFootnotes(BlockRows rows, int start, int count)
    {
        foreach (var note in rows.Rows.Skip(start).Take(count).SelectMany(r => r.Footnotes))
        {
            var lines = NoteRows(note);
            if (_continued.Count > 0)
            {
                _continued.Add((lines, 0));
                continue;
            }
            var fit = lines.Fit(0, _page.TextArea.Bottom - _y - _footnotes!.HeightWith(0));
            for (var r = 0; r < fit; r++) _footnotes.Add(lines.Rows[r]);
            if (fit < lines.Count) _continued.Add((lines, fit));
        }
    }

    /// <summary>A new page's area, and in it what earlier pages could not hold: as much as fits, the rest waits.</summary>
    private void StartFootnotes()
    {
        _footnotes = new FootnoteArea(Footnotes);
        while (_continued.Count > 0)
        {
            var (rows, next) = _continued[0];
            var fit = rows.Fit(next, _page.TextArea.Bottom - _y - _footnotes.HeightWith(0));
            if (fit == 0 && _footnotes.IsEmpty)
            {
                // Not even one line fits on an empty page: set the smallest part anyway, so the book ends.
                fit = 1;
                while (next + fit < rows.Count && !rows.CanBreakBefore(next + fit)) fit++;
            }
            for (var r = next; r < next + fit; r++) _footnotes.Add(rows.Rows[r]);
            if (next + fit < rows.Count)
            {
                _continued[0] = (rows, next + fit);
                return;
            }
            _continued.RemoveAt(0);
        }
    }

    private void FinishFootnoteArea() => _footnotes?.PlaceOn(_page);

    /// <summary>After the last block: pages for whatever notes still wait, then the last page's area.</summary>
    private void FinishFootnotes()
    {
        while (_continued.Count > 0) NewPage();
        FinishFootnoteArea();
    }
}
