using Publisher.Core.Books;
using Publisher.Core.Templates;
using Publisher.Layout;
using Publisher.Layout.Blocks;
using Publisher.Layout.Pages;
using Publisher.Layout.Text;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Building;

/// <summary>
/// Sets the template's header and footer on finished pages. Placeholders: {page},
/// {title} (the book's), {chapter} (the chapter current on the page). Blank pages get
/// neither; a chapter's opening page gets no header, as in printed books. The cover, title and
/// imprint pages get neither. {page} is the page's label (<see cref="PageLabels"/>): roman in the
/// front matter, arabic from the first chapter.
/// </summary>
internal sealed class RunningLines(Book book, FontSet fonts, LayoutContext context, PageLabels labels)
{
    public void Apply(IReadOnlyList<Page> pages)
    {
        foreach (var page in pages)
        {
            if (page.IsBlank || IsBare(page)) continue;
            var header = book.Template.Header;
            if (!header.IsEmpty && (header.OnFirstPage || page.Number > 1) && page.Marks.Count == 0)
                Set(page, header, page.TextArea.Y - header.Distance);
            var footer = book.Template.Footer;
            if (!footer.IsEmpty && (footer.OnFirstPage || page.Number > 1))
                Set(page, footer, page.TextArea.Bottom + footer.Distance);
        }
    }

    private void Set(Page page, RunningLineSpec spec, double baseline)
    {
        // Inner and outer swap sides where the spine is on the page's right: left-hand pages of a facing layout,
        // or in a book bound on the right (read right to left), its right-hand ones.
        var boundOnRight = Core.Text.TextDirection.IsRightToLeft(book.Manifest.Language);
        var mirrored = book.Template.Page.Facing && page.IsLeftHand != boundOnRight;
        var texts = spec.For(book.Template.Page.Facing && page.IsLeftHand);
        Place(page, spec, Fill(texts.Inner, page), mirrored ? Alignment.Right : Alignment.Left, baseline);
        Place(page, spec, Fill(texts.Center, page), Alignment.Center, baseline);
        Place(page, spec, Fill(texts.Outer, page), mirrored ? Alignment.Left : Alignment.Right, baseline);
    }

    private void Place(Page page, RunningLineSpec spec, string text, Alignment align, double baseline)
    {
        if (text.Length == 0) return;
        // Only as much text as could ever fill the line is laid out, so that a title of megabytes is not
        // shaped again for every page. A prefix wider than the line gives the same first line as the whole.
        var most = (int)Math.Ceiling(page.TextArea.Width / (spec.Text.Size * NarrowestAdvance)) + 1;
        if (text.Length > most) text = text[..(char.IsHighSurrogate(text[most - 1]) ? most - 1 : most)];
        var block = new ParagraphBlock
        {
            Runs = [new TextRun(text, fonts.Style(spec.Text))],
            Leading = spec.Text.Leading,
            Align = align,
        };
        var rows = block.Layout(context, page.TextArea.Width);
        if (rows.Count == 0) return;
        // One line only: a running head that does not fit is cut, never wrapped into the margin.
        var row = rows.Rows[0];
        var rowBaseline = row.Items.OfType<GlyphRun>().First().Baseline;
        foreach (var item in row.Items) page.Items.Add(item.Offset(page.TextArea.X, baseline - rowBaseline));
    }

    /// <summary>Narrower than any letter, space or punctuation mark of a text face, in ems (Noto Serif's space is 0.26).</summary>
    private const double NarrowestAdvance = 0.1;

    private static bool IsBare(Page page) =>
        page.Items.Any(i => i is DestinationItem d && FrontMatterBuilder.BarePages.Contains(d.Name));

    private string Fill(string pattern, Page page) => pattern
        .Replace("{page}", labels.Label(page.Number - 1))
        .Replace("{title}", book.Manifest.Title)
        .Replace("{chapter}", page.Marks.FirstOrDefault() ?? page.MarkAtTop ?? "");
}
