using Publisher.Layout.Blocks;

namespace Publisher.Layout.Pagination;

/// <summary>
/// Footnotes, as TeX places its insertions. A row that calls notes may only go on a page if its notes fit below
/// the flow, or if at least the first lines of a note that does not fit do; placing the row moves the notes' rows
/// into the page's <see cref="FootnoteArea"/>, which takes its height from the room left for the flow. What does
/// not fit waits in <see cref="_continued"/>, in order, for the foot of the next page; while anything waits, the
/// page is full: a later note must not stand above the rest of an earlier one.
/// </summary>
public sealed partial class Paginator
{
    private const double Tolerance = 0.01;

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
    /// How many rows from <paramref name="start"/> fit on this page with their notes, ending where the block
    /// allows a break (as <see cref="BlockRows.Fit"/> does for rows alone). A note that does not fit whole may
    /// split, if its first unbreakable part fits with the row that calls it; the page is then full.
    /// </summary>
    private int FitRows(BlockRows rows, int start)
    {
        if (_continued.Count > 0) return 0;
        var bottom = _page.TextArea.Bottom;
        // A block continued from the page before sets its repeated header first (a table's
        // header row); one that breaks here closes the page with its footer (a bottom rule).
        var y = _y + (start > 0 ? rows.RepeatedHeader.Sum(h => h.Height) : 0);
        var footer = rows.BreakFooter?.Height ?? 0;
        var notes = _footnotes!.Height;
        var best = 0;
        for (var i = start; i < rows.Count; i++)
        {
            var row = rows.Rows[i];
            y += row.Height;
            var split = false;
            foreach (var note in row.Footnotes)
            {
                var noteRows = NoteRows(note);
                var before = notes == 0 ? Footnotes.Gap : notes;
                if (y + before + noteRows.Height <= bottom + Tolerance)
                {
                    notes = before + noteRows.Height;
                    continue;
                }
                if (y + before + noteRows.FirstChunkHeight() > bottom + Tolerance) return best;
                split = true;
                break;
            }
            if (!split && y + notes > bottom + Tolerance) break;
            if (i + 1 == rows.Count || rows.CanBreakBefore(i + 1) && y + footer + notes <= bottom + Tolerance)
                best = i + 1 - start;
            if (split) break;
        }
        return best;
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

    /// <summary>Moves the notes a just-placed row calls into the footnote area, or into the queue for the next page.</summary>
    private void PlaceFootnotes(Row row)
    {
        foreach (var note in row.Footnotes)
        {
            var rows = NoteRows(note);
            if (_continued.Count > 0)
            {
                _continued.Add((rows, 0));
                continue;
            }
            var fit = rows.Fit(0, _page.TextArea.Bottom - _y - _footnotes!.HeightWith(0));
            for (var r = 0; r < fit; r++) _footnotes.Add(rows.Rows[r]);
            if (fit < rows.Count) _continued.Add((rows, fit));
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
