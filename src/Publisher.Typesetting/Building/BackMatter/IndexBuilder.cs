using Publisher.Core.Books;
using Publisher.Core.Indexing;
using Publisher.Core.PrintPages;
using Publisher.Core.Templates;
using Publisher.Layout.Blocks;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Styling;
using Block = Publisher.Layout.Blocks.Block;

namespace Publisher.Typesetting.Building.BackMatter;

/// <summary>
/// The index after the last chapter (<see cref="Book.Index"/>): a title opening a page as a chapter does, then each
/// group's letter and its terms, a sub-term further in. After a term come the pages where it is marked
/// (<see cref="IndexLocators"/>); each number links to the first place marked on its page. The numbers are known only once
/// the book is laid out: like the contents, the index is set again until they stop changing (<see cref="Typesetter"/>).
/// </summary>
internal sealed class IndexBuilder(Book book, FontSet fonts, StructureElement document)
{
    /// <summary>The destination the index's first page opens with (a colon keeps it apart from chapters' slugs).</summary>
    public const string IndexDestination = ":index";

    private IndexSpec Spec => book.Template.Index;

    private const string Isolate = "\u2068";
    private const string PopIsolate = "\u2069";

    /// <summary>Every marked place, whose page label the index prints; empty when the book has no index.</summary>
    public IReadOnlySet<string> Destinations { get; } = book.IndexTitle is null ? new HashSet<string>() :
        book.Index.SelectMany(g => g.Entries).SelectMany(e => e.Marks.Concat(e.SubEntries.SelectMany(s => s.Marks)))
            .Select(Destination).ToHashSet(StringComparer.Ordinal);

    private static string Destination(IndexMark mark) => LinkResolver.Destination(mark.Chapter, mark.Id);

    /// <summary>The index's blocks; <paramref name="labels"/> gives each marked place's page label (none yet on the first pass).</summary>
    public List<Block> Build(IReadOnlyDictionary<string, string> labels)
    {
        if (book.IndexTitle is not { } title) return [];
        var blocks = new List<Block>
        {
            new MarkerBlock
            {
                PageBreakBefore = true,
                StartOnRecto = book.Template.Page.ChaptersOnRecto,
                Anchors = [IndexDestination],
                Mark = title,
            },
        };
        var index = new StructureElement(StructureRole.Index, document);
        blocks.Add(Styled(title, Spec.TitleStyle, 0) with
        {
            Structure = new StructureElement(StructureRole.H1, index),
            KeepWithNext = true,
            Origin = new BlockOrigin(PrintPosition.IndexDocument, 0),
        });
        foreach (var line in IndexLines.Of(book.Index))
        {
            var block = line.Entry is { } entry
                // A term with sub-terms keeps its first sub-term with it.
                ? Entry(entry, line.Depth == 0 ? 0 : Spec.Indent, labels, index) with { KeepWithNext = line.Depth == 0 && entry.SubEntries.Count > 0 }
                // A letter never ends a page: it goes over with its first term.
                : Styled(line.Text, Spec.Letter, 0) with { Structure = new StructureElement(StructureRole.H2, index), KeepWithNext = true };
            // Where each line is, for the EPUB's page list (the print edition's page breaks inside the index).
            blocks.Add(block with { Origin = new BlockOrigin(PrintPosition.IndexDocument, line.Ordinal) });
        }
        return blocks;
    }

    /// <summary>A term and its pages; its lines after the first stand further in, so the terms stay easy to scan.</summary>
    private ParagraphBlock Entry(IndexEntry entry, double indent, IReadOnlyDictionary<string, string> labels, StructureElement index)
    {
        var style = fonts.Style(Spec.Entry.Text);
        var runs = new List<TextRun> { new(Isolated(entry.Term), style) };
        foreach (var locator in IndexLocators.Of(entry.Marks, mark => labels.GetValueOrDefault(Destination(mark))))
        {
            runs.Add(new TextRun(", ", style));
            runs.Add(Locator(locator.From, style));
            if (locator.To is { } to)
            {
                runs.Add(new TextRun(IndexLocators.RunDash, style));
                runs.Add(Locator(to, style));
            }
        }
        return Styled(entry.Term, Spec.Entry, indent) with
        {
            Runs = runs,
            LeftIndent = indent + Spec.Indent,
            FirstLineIndent = -Spec.Indent,
            Structure = new StructureElement(StructureRole.P, index),
        };
    }

    /// <summary>
    /// A term written the other way than the book (Arabic in an English index, Latin in a Hebrew one) is isolated
    /// (FSI…PDI, UAX #9), so it reads "مرحبا, 1", its pages after it, not "1 ,مرحبا" with the numbers drawn into its
    /// direction (as the EPUB's dir="auto" does). Other terms stay as they are: isolates would only be noise in the
    /// text a reader copies.
    /// </summary>
    private string Isolated(string term)
    {
        var rightToLeftBook = Core.Text.TextDirection.IsRightToLeft(book.Manifest.Language);
        var other = term.Any(c => rightToLeftBook ? char.IsAsciiLetter(c) : c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');
        return other ? Isolate + term + PopIsolate : term;
    }

    private static TextRun Locator((string Label, IndexMark Mark) page, TextStyle style) =>
        new(page.Label, style with { LinkDestination = Destination(page.Mark), Link = new SourceLink() });

    private ParagraphBlock Styled(string text, BlockStyle style, double indent) =>
        StyledText.Paragraph(text, style, fonts, Core.Text.TextDirection.IsRightToLeft(book.Manifest.Language)) with { LeftIndent = indent };
}
