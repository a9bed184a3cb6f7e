using Publisher.Layout.Breaking;
using Publisher.Layout.Hyphenation;
using Publisher.Layout.Pages;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;

namespace Publisher.Layout.Blocks;

/// <summary>
/// A block of text: runs in several styles, broken into lines and aligned. Also serves
/// headings, list items (with a marker in the hanging indent), code (with a background)
/// and one-line texts such as running heads.
/// </summary>
public sealed record ParagraphBlock : Block
{
    public required IReadOnlyList<TextRun> Runs { get; init; }
    public Alignment Align { get; init; } = Alignment.Left;
    /// <summary>Baseline-to-baseline distance.</summary>
    public required double Leading { get; init; }
    public double FirstLineIndent { get; init; }
    public double LeftIndent { get; init; }
    public double RightIndent { get; init; }
    /// <summary>A list bullet or number, set right-aligned in the left indent of the first line.</summary>
    public TextRun? Marker { get; init; }
    public double MarkerGap { get; init; }
    /// <summary>The structure element of the marker (a list item's label), apart from the text's.</summary>
    public Structure.StructureElement? MarkerStructure { get; init; }
    /// <summary>Fewest lines left at the foot of a page when the paragraph breaks.</summary>
    public int Orphans { get; init; } = 2;
    /// <summary>Fewest lines carried to the top of the next page.</summary>
    public int Widows { get; init; } = 2;
    /// <summary>A tint behind the whole block (code), with <see cref="Padding"/> around the text.</summary>
    public uint? Background { get; init; }
    public double Padding { get; init; }
    /// <summary>
    /// Set at the start of each line that continues a line wrapped for want of room (code),
    /// in a hanging indent of its width plus <see cref="ContinuationGap"/>. Lines after a
    /// forced break (the author's own line ends) do not get it.
    /// </summary>
    public TextRun? ContinuationMark { get; init; }
    public double ContinuationGap { get; init; }
    /// <summary>
    /// How a justified paragraph is broken: <see cref="Breaking.LineBreaking.TotalFit"/> chooses the
    /// breaks of the whole paragraph together (Knuth–Plass); other alignments, and text with a
    /// continuation mark (code), are always broken first-fit.
    /// </summary>
    public LineBreaking LineBreaking { get; init; } = LineBreaking.FirstFit;
    /// <summary>How words may be hyphenated at a line's end; null: never (headings, code, running heads).</summary>
    public HyphenationRules? Hyphenation { get; init; }
    /// <summary>Where the paragraph was written, carried onto its lines for the typography report.</summary>
    public SourceLine? Source { get; init; }
    /// <summary>
    /// The paragraph is written right to left (Arabic, Hebrew): its lines start at the right, <see cref="LeftIndent"/>
    /// and <see cref="RightIndent"/> are the indents at its start and end (so a list's indent stands on the right),
    /// the marker stands right of the first line, Left and Right alignment swap, and a justified last line is
    /// set flush right. Within each line, runs go in visual order by the bidi algorithm.
    /// </summary>
    public bool RightToLeft { get; init; }
    /// <summary>The paragraph's language where it is not the book's (a chapter's <c>lang</c>, a <c>{lang=…}</c> block): for shaping and fonts.</summary>
    public string? Language { get; init; }

    public override BlockRows Layout(LayoutContext context, double width)
    {
        var (runs, levels) = Inline.BidiRuns.Split(context.Fallback.Apply(WithPageLabels(Runs, context), Language), RightToLeft);
        var inset = Background is null ? 0 : Padding;
        var left = LeftIndent + inset;
        var textWidth = Math.Max(1, width - left - RightIndent - inset);
        var hang = ContinuationMark is { } mark ? ContinuationMarks.Indent(context, mark, ContinuationGap) : 0;
        var (glyphs, code, lines) = Break(context, runs, levels, textWidth, hang);
        if (lines.Count == 0) return new BlockRows([], _ => false);

        var rows = new List<Row>(lines.Count);
        var words = new WordCount(glyphs.Text);
        for (var n = 0; n < lines.Count; n++)
        {
            var items = new List<PageItem>();
            var (height, baseline) = LineMetrics(glyphs, lines[n]);
            var top = 0.0;
            if (Background is not null)
            {
                // The tint's padding belongs to the first and last rows, so it splits with them.
                if (n == 0) { top = Padding; height += Padding; baseline += Padding; }
                if (n == lines.Count - 1) height += Padding;
            }
            if (Background is { } tint)
                items.Add(new FillItem(new Rect(RightToLeft ? RightIndent : LeftIndent, 0, width - LeftIndent - RightIndent, height), tint));
            var continues = ContinuationMark is not null && n > 0 && !lines[n - 1].Last;
            var indent = n == 0 ? FirstLineIndent : continues ? hang : 0;
            // The marker goes first so that text extracted from the page reads "1 Note…", not "Note… 1".
            if (n == 0 && Marker is not null) SetMarker(context, RightToLeft ? width - left : left, baseline, items);
            // Right to left, the line's box starts at the end indent; its first-line indent is at the right.
            var lineX = RightToLeft ? RightIndent + inset : left + indent;
            var (set, stretch) = SetLine(context, glyphs, lines[n], lineX, textWidth - indent, baseline, top, height - (n == lines.Count - 1 && Background is not null ? Padding : 0) - top, items);
            if (continues) items.Add(ContinuationMarks.Place(context, ContinuationMark!, left, baseline));
            rows.Add(new Row(height, items)
            {
                Footnotes = FootnotesOn(glyphs, lines[n]),
                Line = Typeset(glyphs, lines[n], n, lines.Count, set, textWidth - indent, stretch) with
                {
                    BreaksCode = !lines[n].Last && code.Splits(glyphs.CharEnd(lines[n].Next)),
                },
                WordsBefore = words.StartingBefore(glyphs.CharEnd(lines[n].Start)),
            });
        }
        var count = rows.Count;
        // A page never ends on a hyphen (TeX's \brokenpenalty, made a rule): the reader would turn the page
        // in the middle of a word, and a search of the PDF would find neither half.
        return new BlockRows(rows, i => i >= Orphans && count - i >= Widows && !lines[i - 1].Hyphenated);
    }

    /// <summary>
    /// Shapes the runs and chooses the lines, or finds both in the <see cref="LayoutContext.Lines"/> of earlier builds
    /// (a paragraph the save did not change).
    /// </summary>
    private BrokenParagraph Break(LayoutContext context, IReadOnlyList<TextRun> runs, byte[]? levels, double textWidth, double hang)
    {
        var totalFit = LineBreaking == LineBreaking.TotalFit && Align == Alignment.Justify && ContinuationMark is null;
        var key = context.Lines is null
            ? null
            : new ParagraphKey(runs, levels, Language, context.Shaper.LanguageTag, ContinuationMark is null ? Hyphenation : null,
                textWidth, FirstLineIndent, hang, totalFit, ContinuationMark is not null);
        if (key is not null && context.Lines!.Find(key) is { } kept)
        {
            // Counted, so that --timings shows how much of a rebuild the memory saved.
            Core.Diagnostics.StageTimings.Count("typeset: paragraphs kept from the last build");
            return kept with { Glyphs = kept.Glyphs.WithRuns(runs) };
        }
        using var breaking = key is null ? default : Core.Diagnostics.StageTimings.Measure("typeset: paragraphs broken anew");

        var glyphs = new ParagraphGlyphs(runs, context.Shaper, levels, Language);
        var code = new CodeBreaks(glyphs);
        var breaks = code.Restrict(BreakOpportunities.Find(glyphs.Text));
        var hyphens = HyphenBreaks.None;
        // Code (set with a continuation mark) breaks where it must, never at a hyphen.
        if (ContinuationMark is null) (breaks, hyphens) = HyphenBreaks.Add(glyphs, breaks, Hyphenation, context.Shaper);
        var lines = totalFit
            ? TotalFitLineBreaker.Break(glyphs, breaks, n => Math.Max(1, n == 0 ? textWidth - FirstLineIndent : textWidth), hyphens)
            : LineBreaker.Break(glyphs, breaks,
                (n, continues) => Math.Max(1, (n == 0 ? textWidth - FirstLineIndent : textWidth) - (continues ? hang : 0)), hyphens);
        // Kept without the runs' links and notes: they would hold this build's whole book for the next.
        if (key is not null)
            context.Lines!.Keep(key, new BrokenParagraph(
                glyphs.WithRuns([.. runs.Select(r => r with { Style = r.Style with { Link = null, Footnote = null } })]), code, lines));
        return new BrokenParagraph(glyphs, code, lines);
    }

    private (double Height, double Baseline) LineMetrics(ParagraphGlyphs glyphs, LineSpan line)
    {
        double ascent = 0, descent = 0, raised = 0;
        var lastRun = -1;
        for (var g = line.Start; g < Math.Max(line.End, line.Start + 1) && g < glyphs.Count; g++)
        {
            var style = glyphs.Runs[glyphs.Run[g]].Style;
            if (style.BaselineShift != 0)
                raised = Math.Max(raised, style.Face.InkTop(glyphs.Shaped[glyphs.Run[g]].Glyphs[glyphs.Glyph[g]]) * style.Size + style.BaselineShift);
            if (glyphs.Run[g] == lastRun) continue;
            lastRun = glyphs.Run[g];
            ascent = Math.Max(ascent, style.Image?.Height ?? style.Face.Ascender * style.Size);
            // A formula may reach below the text's descent (a fraction's denominator): the line grows for it.
            descent = Math.Max(descent, Math.Max(style.Face.Descender * style.Size, style.Image?.Depth ?? 0));
        }
        var height = Math.Max(Leading, ascent + descent);
        var baseline = (height - ascent - descent) / 2 + ascent;
        // Raised text (a footnote reference) sits in the leading and leaves the baseline where the other lines
        // have theirs; only text raised beyond the leading pushes the line down.
        if (raised > baseline)
        {
            height += raised - baseline;
            baseline = raised;
        }
        return (height, baseline);
    }

    /// <summary>Page references with the labels of the layout before (<see cref="LayoutContext.PageLabels"/>).</summary>
    private static IReadOnlyList<TextRun> WithPageLabels(IReadOnlyList<TextRun> runs, LayoutContext context)
    {
        if (!runs.Any(r => r.Style.PageOf is not null)) return runs;
        return runs.Select(r => r.Style.PageOf is { } place && context.PageLabels.TryGetValue(place, out var label) ? r with { Text = label } : r).ToList();
    }

    /// <summary>The notes called by runs that start on this line, in the order they are called.</summary>
    private IReadOnlyList<Footnote> FootnotesOn(ParagraphGlyphs glyphs, LineSpan line)
    {
        List<Footnote>? notes = null;
        for (var g = line.Start; g < line.Next && g < glyphs.Count; g++)
        {
            var run = glyphs.Run[g];
            if (glyphs.Runs[run].Style.Footnote is not { } note || (g > 0 && glyphs.Run[g - 1] == run)) continue;
            (notes ??= []).Add(note);
        }
        return notes ?? [];
    }

    /// <summary>What the typography report needs to know of a line once it is set.</summary>
    private TypesetLine Typeset(ParagraphGlyphs glyphs, LineSpan line, int index, int count, double width,
        double measure, double stretch)
    {
        var text = glyphs.Text[glyphs.CharEnd(line.Start)..glyphs.CharEnd(Math.Max(line.Start, line.End))];
        return new TypesetLine
        {
            Source = Source,
            Index = index,
            Count = count,
            Width = width,
            Measure = measure,
            Stretch = stretch,
            // Only hyphens the breaker added count: breaks after an author's hyphen inside a word are not
            // taken (BreakOpportunities), and a cut long word gets no hyphen.
            EndsWithHyphen = line.Hyphenated,
            CutInWord = line.CutInWord && ContinuationMark is null,
            KeepWithNext = KeepWithNext,
            Text = text,
        };
    }

    /// <summary>Sets one line's glyphs; returns the width it took and how far its spaces were stretched.</summary>
    private (double Width, double Stretch) SetLine(LayoutContext context, ParagraphGlyphs glyphs, LineSpan line, double x, double available, double baseline,
        double top, double height, List<PageItem> items)
    {
        // A hyphenated line ends with a hyphen in the face of the word it breaks; it counts in the line's width.
        var hyphen = line.Hyphenated && line.End > line.Start
            ? HyphenGlyph.Shape(context.Shaper, glyphs.Runs[glyphs.Run[line.End - 1]].Style)
            : null;
        var natural = glyphs.Width(line.Start, line.End) + (hyphen?.Advances.Sum() ?? 0);
        // Justified lines reach the margin through their glue: spaces grow or shrink in proportion to their width
        // (by at most a third, TotalFitLineBreaker's allowance; first-fit lines only stretch), and in Chinese and
        // Japanese the gaps between characters open a little (ParagraphGlyphs.Stretchability).
        var glueStretch = glyphs.Stretchability(line.Start, line.End);
        var glueShrink = glyphs.Shrinkability(line.Start, line.End);
        double extra = 0, share = 0, stretch = 0;
        var align = RightToLeft ? Align switch { Alignment.Left => Alignment.Right, Alignment.Right => Alignment.Left, _ => Align } : Align;
        switch (align)
        {
            case Alignment.Right: x += available - natural; break;
            case Alignment.Center: x += (available - natural) / 2; break;
            // A last line is not stretched, but it may have been broken to fit only by shrinking.
            case Alignment.Justify when natural < available ? !line.Last && glueStretch > 0
                    : glueShrink > 0 && natural - available <= glueShrink + 0.01:
                extra = available - natural;
                share = extra / (extra > 0 ? glueStretch : glueShrink);
                // As a share of the glue's natural width, as the typography report judges spacing.
                stretch = extra > 0 ? share * TotalFitLineBreaker.StretchShare : share * TotalFitLineBreaker.ShrinkShare;
                break;
            // A justified line that is not stretched (the last) starts where the text starts: at the right.
            case Alignment.Justify when RightToLeft: x += available - natural; break;
        }

        // Each piece (a run's glyphs on this line) is set from its own left edge: in the text's order, or, where
        // right-to-left runs are on the line, in the visual order of UAX #9's rule L2. Items still go onto the page in
        // the text's order, so that the PDF's text, its tags and a screen reader read the words as written.
        var pieces = new List<(int Start, int End)>();
        for (var p = line.Start; p < line.End;)
        {
            var e = p;
            while (e < line.End && glyphs.Run[e] == glyphs.Run[p]) e++;
            pieces.Add((p, e));
            p = e;
        }
        double[]? pieceX = null;
        if (glyphs.Bidi && pieces.Count > 0)
        {
            var pieceLevels = pieces.Select(piece => glyphs.Levels[glyphs.Run[piece.Start]]).ToArray();
            var visual = Inline.Bidi.BidiAlgorithm.VisualOrder(pieceLevels);
            pieceX = new double[pieces.Count];
            var at = x;
            foreach (var k in visual)
            {
                pieceX[k] = at;
                var (from, to) = pieces[k];
                for (var g = from; g < to; g++)
                    at += glyphs.Advance(g) + (share != 0 && g != line.End - 1 ? share * (extra > 0 ? glyphs.StretchOf(g) : glyphs.ShrinkOf(g)) : 0);
                if (to == line.End && hyphen is not null && glyphs.Runs[glyphs.Run[from]].Style.Image is null) at += hyphen.Advances.Sum();
            }
        }

        var rightEdge = x;
        for (var p = 0; p < pieces.Count; p++)
        {
            var (start, end) = pieces[p];
            var run = glyphs.Run[start];
            if (pieceX is not null) x = pieceX[p];
            var shaped = glyphs.Shaped[run];
            var style = glyphs.Runs[run].Style;
            var withHyphen = hyphen is not null && end == line.End && style.Image is null;
            // The space the line was broken at is set too, after the line's last glyph, where it paints nothing: a
            // reader of the text (a screen reader, the tagged PDF's structure) then finds the words apart ("one
            // parsed", not "oneparsed"). Only a space of the same run, on a line that goes on, left to right.
            var breakSpace = !withHyphen && end == line.End && !line.Last && style.Image is null
                && end < glyphs.Count && glyphs.Run[end] == run && glyphs.IsSpace(end);
            var n = end - start;
            if (!context.SetsGlyphs && style.Image is null)
            {
                // Laid out only for where pages break: the run takes its room and keeps its structure, glyphs aside.
                var from = x;
                for (var g = start; g < end; g++)
                {
                    x += glyphs.Advance(g);
                    if (share != 0 && g != line.End - 1) x += share * (extra > 0 ? glyphs.StretchOf(g) : glyphs.ShrinkOf(g));
                }
                if (withHyphen) x += hyphen!.Advances.Sum();
                if (style.Anchor is { } place && (start == 0 || glyphs.Run[start - 1] != run))
                    items.Add(new DestinationItem(place, from, top));
                var element = LinkElement(style.Link) ?? LanguageElement(style.Language);
                items.Add(GlyphRun.Unset(style.Face, style.Size, style.Color, baseline - style.BaselineShift, x) with
                    { EndsWithHyphen = withHyphen, Element = element, RightToLeft = shaped.RightToLeft });
                Decorate(style, from, x, top, height, baseline, element, items, items.Count - 1);
                rightEdge = Math.Max(rightEdge, x);
                continue;
            }
            var size = n + (withHyphen ? hyphen!.Count : 0) + (breakSpace ? 1 : 0);
            var ids = new ushort[size];
            var xs = new double[size];
            var dys = new double[size];
            var clusters = new int[size];
            var textStart = glyphs.CharIndex[start];
            var left = x;
            // A place named at the run's start: on the line that holds its first glyph, at the line's top.
            if (style.Anchor is { } anchor && (start == 0 || glyphs.Run[start - 1] != run))
                items.Add(new DestinationItem(anchor, left, top));
            // A right-to-left run's glyphs go back to HarfBuzz's visual order, in which its marks were
            // positioned: the run reads right to left. (Ordering runs of both directions on one line,
            // UAX #9's reordering, is not done yet: each run keeps its place in the text's order.)
            var rightToLeft = shaped.RightToLeft;
            for (var i = 0; i < n; i++)
            {
                var g = rightToLeft ? end - 1 - i : start + i;
                var s = glyphs.Glyph[g];
                ids[i] = shaped.Glyphs[s];
                xs[i] = x + shaped.OffsetsX[s];
                dys[i] = shaped.OffsetsY[s];
                clusters[i] = glyphs.CharIndex[g] - textStart;
                x += glyphs.Advance(g);
                if (share != 0 && g != line.End - 1) x += share * (extra > 0 ? glyphs.StretchOf(g) : glyphs.ShrinkOf(g));
            }
            var text = glyphs.Text[textStart..glyphs.CharEnd(end)];
            if (withHyphen)
            {
                // The hyphen joins the run of the broken word, so the word's first half and its hyphen extract as
                // one ("hy-"). The line ends inside the word, so the run's text ends right at the break.
                for (var i = 0; i < hyphen!.Count; i++)
                {
                    ids[n + i] = hyphen.Glyphs[i];
                    xs[n + i] = x + hyphen.OffsetsX[i];
                    dys[n + i] = hyphen.OffsetsY[i];
                    clusters[n + i] = text.Length + hyphen.Clusters[i];
                    x += hyphen.Advances[i];
                }
                text += HyphenGlyph.Text;
            }
            if (breakSpace)
            {
                ids[n] = shaped.Glyphs[glyphs.Glyph[end]];
                xs[n] = x;
                clusters[n] = text.Length;
                text += glyphs.Text[glyphs.CharIndex[end]..glyphs.CharEnd(end + 1)];
                if (rightToLeft)
                {
                    // In a right-to-left run the text's last glyph is the leftmost: the space goes there, at the run's left.
                    xs[n] = left;
                    Rotate(ids); Rotate(xs); Rotate(dys); Rotate(clusters);
                }
            }
            if (style.EmphasisDots != EmphasisDots.None && style.Image is null)
                EmphasisMarks(context, glyphs, style, start, end, baseline, rightToLeft, xs, shaped, items);
            var link = LinkElement(style.Link) ?? LanguageElement(style.Language);
            // A highlight is painted first, under its text: the line's full height, from the run's start to its end.
            var highlightAt = items.Count;
            if (style.Image is { } image) items.AddRange(xs.SelectMany(at => image.Place(at, baseline, link ?? Structure)));
            else items.Add(new GlyphRun(style.Face, style.Size, style.Color, baseline - style.BaselineShift, ids, xs, dys, text, clusters)
                { Right = x, EndsWithHyphen = withHyphen, Element = link, RightToLeft = rightToLeft });
            Decorate(style, left, x, top, height, baseline, link, items, highlightAt);
            rightEdge = Math.Max(rightEdge, x);
        }
        x = rightEdge;
        // A break space of another run than the line's last (after a link, say) is set on its own, in its run's face.
        if (!line.Last && hyphen is null && line.End > line.Start && line.End < glyphs.Count
            && glyphs.IsSpace(line.End) && glyphs.Run[line.End] != glyphs.Run[line.End - 1]
            && glyphs.Runs[glyphs.Run[line.End]].Style is { Image: null } spaceStyle
            && !glyphs.Shaped[glyphs.Run[line.End]].RightToLeft && !glyphs.Shaped[glyphs.Run[line.End - 1]].RightToLeft
            && spaceStyle.Face.SpaceGlyph is { } space)
        {
            items.Add(new GlyphRun(spaceStyle.Face, spaceStyle.Size, spaceStyle.Color, baseline - spaceStyle.BaselineShift,
                [space], [x], [0], " ", [0]) { Right = x, Element = LinkElement(spaceStyle.Link) });
        }
        return (natural + extra, stretch);
    }

    /// <summary>
    /// What a run's style adds around its text, from <paramref name="left"/> to <paramref name="right"/> on its line: a
    /// highlight under it (inserted at <paramref name="highlightAt"/>, before the text), a strike through it, an underline, its link.
    /// </summary>
    private static void Decorate(TextStyle style, double left, double right, double top, double height, double baseline,
        StructureElement? link, List<PageItem> items, int highlightAt)
    {
        var area = new Rect(left, top, right - left, height);
        if (style.Highlight is { } tint) items.Insert(highlightAt, new FillItem(area, tint));
        if (style.Strikethrough)
        {
            // Through the middle of the lower-case letters, as thick as a stem.
            var y = baseline - style.Size * 0.27;
            items.Add(new RuleItem(left, y, right, y, style.Size * 0.06, style.Color));
        }
        if (style.Underline)
        {
            // Below the baseline, clear of most descenders' joins, as thick as a stem.
            var y = baseline + style.Size * 0.12;
            items.Add(new RuleItem(left, y, right, y, style.Size * 0.06, style.Color));
        }
        if (style.LinkUri is { } uri) items.Add(new UriLinkItem(area, uri) { Element = link });
        if (style.LinkDestination is { } destination) items.Add(new InternalLinkItem(area, destination) { Element = link });
    }

    /// <summary>
    /// Emphasis dots (template <c>body.cjk-emphasis: dots</c>): a small bullet centred over (Japanese) or under each
    /// Chinese, Japanese or Korean letter of the run, punctuation left bare, as CSS <c>text-emphasis</c> draws them. They
    /// only dress the text, so they are an artifact: a screen reader reads the words, and the tags say they are emphasised.
    /// </summary>
    private static void EmphasisMarks(LayoutContext context, ParagraphGlyphs glyphs, TextStyle style, int start, int end,
        double baseline, bool rightToLeft, double[] xs, Shaping.ShapedText shaped, List<PageItem> items)
    {
        var size = style.Size * 0.6;
        var dot = context.Shaper.Shape(style.Face, size, "\u2022");
        if (dot.Count != 1 || dot.Glyphs[0] == 0) return;
        // Centred by its ink, not its advance: fonts place a bullet anywhere in its box.
        var inkCentre = style.Face.Font.TryGetGlyphExtents(dot.Glyphs[0], out var ink)
            ? (ink.XBearing + ink.Width / 2.0) * size / style.Face.UnitsPerEm
            : dot.Advances[0] / 2;
        var ids = new List<ushort>();
        var at = new List<double>();
        for (var i = 0; i < end - start; i++)
        {
            var g = rightToLeft ? end - 1 - i : start + i;
            var c = glyphs.Text[glyphs.CharIndex[g]];
            if (!Publisher.Core.Text.EastAsianText.IsWide(c) || char.IsPunctuation(c) || char.IsSymbol(c)) continue;
            if (g > start && glyphs.CharIndex[g] == glyphs.CharIndex[g - 1]) continue;
            ids.Add(dot.Glyphs[0]);
            at.Add(xs[i] - shaped.OffsetsX[glyphs.Glyph[g]] + glyphs.Advance(g) / 2 - inkCentre);
        }
        if (ids.Count == 0) return;
        // Over the em box's top, or under its bottom: the bullet's ink stands a third of its size above its baseline.
        var dotBaseline = style.EmphasisDots == EmphasisDots.Over ? baseline - style.Size * 0.92 : baseline + style.Size * 0.5;
        var n = ids.Count;
        items.Add(new GlyphRun(style.Face, size, style.Color, dotBaseline, [.. ids], [.. at], new double[n],
            new string('\u2022', n), [.. Enumerable.Range(0, n)]) { Right = at[^1] + dot.Advances[0], Element = StructureElement.Artifact });
    }

    /// <summary>Moves the last element to the front.</summary>
    private static void Rotate<T>(T[] items)
    {
        if (items.Length < 2) return;
        var last = items[^1];
        Array.Copy(items, 0, items, 1, items.Length - 1);
        items[0] = last;
    }

    private readonly Dictionary<SourceLink, StructureElement> _links = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, StructureElement> _spans = new(StringComparer.Ordinal);

    /// <summary>
    /// The Span element of text in another language than its paragraph (<c>*text*{lang=ja}</c>), so a screen reader
    /// switches voice for it: one per language in this paragraph, inside its element.
    /// </summary>
    private StructureElement? LanguageElement(string? language)
    {
        if (language is null) return null;
        lock (_spans)
        {
            if (!_spans.TryGetValue(language, out var element))
                _spans[language] = element = new StructureElement(StructureRole.Span, Structure) { Language = language };
            return element;
        }
    }

    /// <summary>
    /// The Link element of a link's text and annotations: one per link of the source, inside this paragraph's
    /// element (or, where the paragraph has none yet, the one its row is given later).
    /// </summary>
    private StructureElement? LinkElement(SourceLink? link)
    {
        if (link is null) return null;
        lock (_links)
        {
            if (!_links.TryGetValue(link, out var element)) _links[link] = element = new StructureElement(StructureRole.Link, Structure);
            return element;
        }
    }

    /// <param name="left">The text's edge at the start of the line: its left edge, or right edge when <see cref="RightToLeft"/>.</param>
    private void SetMarker(LayoutContext context, double left, double baseline, List<PageItem> items)
    {
        // The marker may need a fallback face (◦ is not in every text face).
        var runs = context.Fallback.Apply([Marker!]);
        var shaped = runs.Select(r => context.Shaper.Shape(r.Style.Face, r.Style.Size, r.Text)).ToList();
        // Left to right the marker ends a gap before the text's left edge; right to left it starts a gap after its right edge.
        var x = RightToLeft ? left + MarkerGap : left - MarkerGap - shaped.Sum(s => s.Advances.Sum());
        for (var r = 0; r < runs.Count; r++)
        {
            var (run, glyphs) = (runs[r], shaped[r]);
            var xs = new double[glyphs.Count];
            for (var i = 0; i < glyphs.Count; i++)
            {
                xs[i] = x + glyphs.OffsetsX[i];
                x += glyphs.Advances[i];
            }
            items.Add(new GlyphRun(run.Style.Face, run.Style.Size, run.Style.Color, baseline,
                glyphs.Glyphs, xs, glyphs.OffsetsY, run.Text, glyphs.Clusters) { Right = x, Element = MarkerStructure });
        }
    }
}
