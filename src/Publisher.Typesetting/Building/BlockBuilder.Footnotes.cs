using System.Globalization;
using Publisher.Core.Markdown;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Building.Rendering;
using Block = Publisher.Layout.Blocks.Block;
using MdFootnote = Markdig.Extensions.Footnotes.Footnote;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building;

internal sealed partial class BlockBuilder
{
    /// <summary>
    /// The blocks of one note, in the template's footnote style: its number hangs in the indent of the first line,
    /// and the note's top is the destination its references link to. Markdig numbers the notes of each chapter
    /// from 1 in the order they are first called; the number printed is that one.
    /// </summary>
    private List<Block> FootnoteBlocks(MdFootnote note, ChapterContext context)
    {
        var spec = Template.Footnotes;
        // A note belongs to the chapter, not to the line that calls it: it is read where it is printed.
        var frame = new Frame(spec.Indent, spec.Text, Alignment(spec.Align), ParagraphSpace: 0, ListDepth: 0,
            new StructureElement(StructureRole.Note, context.Section));
        var blocks = new List<Block>();
        AddBlocks(note, blocks, context, frame);
        // Markdig closes a note that ends in a list or code with an empty paragraph for its back links, which
        // print leaves out.
        blocks.RemoveAll(b => b is ParagraphBlock { Runs.Count: 0, Marker: null });

        // The number needs a plain paragraph to stand in; a list's marker or a code tint would clash with it.
        if (blocks.Count == 0 || blocks[0] is not ParagraphBlock { Marker: null, Background: null })
            blocks.Insert(0, Plain("", frame) with { Structure = new StructureElement(StructureRole.P, frame.Parent) });
        blocks[0] = (ParagraphBlock)blocks[0] with
        {
            Marker = new TextRun(note.Order.ToString(CultureInfo.InvariantCulture), fonts.Style(spec.Text)),
            MarkerGap = spec.Text.Size * 0.5,
            Anchors = [LinkResolver.Destination(context.Chapter, FootnoteIds.Note(note.Order))],
        };

        var indent = Template.Body.Indent / Template.Body.Text.Size * spec.Text.Size;
        // Paragraphs of the note itself, not of a list or code inside it.
        var plain = blocks.Select((b, i) => b is ParagraphBlock { Background: null } p && p.LeftIndent == spec.Indent
            && (i == 0 || p.Marker is null)).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not ParagraphBlock paragraph) continue;
            // Notes split between any two lines: the line that calls a note must find room for at least one.
            paragraph = paragraph with { Orphans = 1, Widows = 1 };
            // A note's second paragraph is told apart as in the text, by an indent.
            if (i > 0 && plain[i - 1] && plain[i]) paragraph = paragraph with { FirstLineIndent = indent };
            blocks[i] = paragraph;
        }
        return blocks;
    }
}
