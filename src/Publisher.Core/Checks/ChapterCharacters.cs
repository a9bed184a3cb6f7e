using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Checks;

/// <summary>A character a chapter sets on the page, and where it stands in the source.</summary>
public readonly record struct PlacedCharacter(Rune Rune, SourceLocation Location);

/// <summary>
/// The characters a chapter prints (text, inline code, code blocks, image descriptions, and the
/// front matter, whose title is set in running heads and the contents), each with its line and
/// column in the chapter's file, for checks that judge characters (font coverage). Markup and
/// URLs are left out: they are never set in a font.
/// </summary>
public static class ChapterCharacters
{
    public static IEnumerable<PlacedCharacter> Of(Chapter chapter)
    {
        var source = File.ReadAllText(chapter.SourcePath);
        var lineStarts = LineStarts(source);
        foreach (var node in chapter.Document.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    foreach (var c in Placed(literal.Content.ToString(), literal.Span, source, lineStarts, chapter)) yield return c;
                    break;
                case CodeInline code:
                    foreach (var c in Placed(code.Content, code.Span, source, lineStarts, chapter)) yield return c;
                    break;
                case HtmlEntityInline entity:
                    foreach (var c in Placed(entity.Transcoded.ToString(), entity.Span, source, lineStarts, chapter)) yield return c;
                    break;
                case CodeBlock block:
                    for (var i = 0; i < block.Lines.Count; i++)
                    {
                        var slice = block.Lines.Lines[i].Slice;
                        if (slice.Text is null || slice.Length == 0) continue;
                        var text = slice.ToString();
                        foreach (var c in Placed(text, new SourceSpan(slice.Start, slice.End), source, lineStarts, chapter))
                            yield return c;
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// The runes of <paramref name="text"/> with their places. Where the text stands as it is in the
    /// source (nearly always), each rune gets its own column; where Markdig changed it (smart quotes,
    /// an entity), every rune is placed at the node's start.
    /// </summary>
    private static IEnumerable<PlacedCharacter> Placed(string text, SourceSpan span, string source, int[] lineStarts, Chapter chapter)
    {
        var start = span.Start;
        if (start < 0 || start > source.Length) yield break;
        var found = span.End >= start && span.End < source.Length
            ? source.IndexOf(text, start, span.End - start + 1, StringComparison.Ordinal)
            : -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var offset = found >= 0 ? found + index : start;
            yield return new PlacedCharacter(rune, Locate(offset, lineStarts, chapter));
            index += rune.Utf16SequenceLength;
        }
    }

    private static SourceLocation Locate(int offset, int[] lineStarts, Chapter chapter)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new SourceLocation(chapter.DisplayPath, line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] LineStarts(string source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
            if (source[i] == '\n') starts.Add(i + 1);
        return starts.ToArray();
    }
}
