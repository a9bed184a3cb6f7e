using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Markdown;

/// <summary>
/// Attributes in braces (<c>{#id .class key=value}</c>) read as Pandoc reads them, in place of Markdig's generic
/// attributes. Markdig takes any braces as attributes: documentation written for GitHub, where braces are text,
/// loses its <c>{string}</c> type names, and a heading such as <c>### `rmdir(path, { recursive: true })`</c> is
/// cut at its first brace. Here braces are attributes only when every item in them is <c>#id</c>, <c>.class</c> or
/// <c>key=value</c>, and on a heading or a fence's info string only when they end the line; anything else stays
/// text. Which attributes survive is decided after the parse (<see cref="AttributeAllowList"/>); the parsers
/// note where each was written (<see cref="AuthoredAttributes"/>) so a dropped one is reported at its place.
/// </summary>
public sealed class MarkdownAttributes : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.RemoveAll(p => p is GenericAttributesParser);
        pipeline.InlineParsers.Insert(0, new InlineAttributesParser());
        foreach (var parser in pipeline.BlockParsers.OfType<IAttributesParseable>())
            parser.TryParseAttributes = TryParseAtLineEnd;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Parses braces starting at <paramref name="slice"/>'s position; null when they are not attributes.</summary>
    internal static HtmlAttributes? Parse(ref StringSlice slice)
    {
        var copy = slice;
        // A bare word ({string}) has no value: Pandoc's braces never hold one, and GitHub's text often does.
        if (!GenericAttributesParser.TryParse(ref copy, out var attributes) ||
            attributes.Properties?.Any(p => p.Value is null) == true) return null;
        slice = copy;
        return attributes;
    }

    /// <summary>A heading's or a fence's attributes: the first braces that parse and reach the end of the line.</summary>
    private static bool TryParseAtLineEnd(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        for (var brace = line.IndexOf('{'); brace >= 0 && brace <= line.End; brace = line.Text.IndexOf('{', brace + 1))
        {
            var rest = line;
            rest.Start = brace;
            if (Parse(ref rest) is not { } attributes || !rest.IsEmptyOrWhitespace()) continue;

            var target = block.GetAttributes();
            attributes.CopyTo(target);
            target.Line = processor.LineIndex;
            target.Column = brace - processor.CurrentLineStartPosition;
            target.Span = new SourceSpan(brace, rest.Start - 1);
            var lineStart = processor.CurrentLineStartPosition;
            Note(processor.Document, (MarkdownObject)block, attributes, line.Text, brace,
                offset => (processor.LineIndex + 1, offset - lineStart + 1));
            line.End = brace - 1;
            return true;
        }
        return false;
    }

    /// <summary>Records the written attributes' places and, if the braces give an id, that the element's id is the author's.</summary>
    internal static void Note(MarkdownDocument document, MarkdownObject? element, HtmlAttributes attributes, string text,
        int start, Func<int, (int Line, int Column)> position)
    {
        var authored = AuthoredAttributes.Of(document);
        var cursor = start;
        foreach (var (name, value) in attributes.Properties ?? [])
        {
            var at = NameAt(text, name, cursor);
            var (line, column) = position(at);
            authored.Add(new AttributeToken(name, value, line, column));
            cursor = at + name.Length;
        }
        if (attributes.Id is not null && element is not null) authored.MarkAuthoredId(element);
    }

    /// <summary>Where <paramref name="name"/> starts as a key (after the brace or a space) from <paramref name="from"/>.</summary>
    private static int NameAt(string text, string name, int from)
    {
        for (var at = text.IndexOf(name, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            if (at == 0 || text[at - 1] == '{' || char.IsWhiteSpace(text[at - 1])) return at;
        return from;
    }

    /// <summary>Braces inside a paragraph, attached by Markdig to the element before them or to the block.</summary>
    private sealed class InlineAttributesParser : GenericAttributesParser
    {
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            // A heading's own attributes are taken at its line's end (TryParseAtLineEnd); braces inside its text are text.
            if (processor.Block is HeadingBlock && processor.Inline is null or LiteralInline) return false;
            var start = slice.Start;
            var probe = slice;
            if (Parse(ref probe) is not { } attributes) return false;
            if (!base.Match(processor, ref slice)) return false;
            Note(processor.Document, Attached(processor, start), attributes, slice.Text, start, offset =>
            {
                processor.GetSourcePosition(offset, out var line, out var column);
                return (line + 1, column + 1);
            });
            return true;
        }

        /// <summary>The element Markdig attached the braces at <paramref name="start"/> to: it marks their place on it.</summary>
        private static MarkdownObject? Attached(InlineProcessor processor, int start)
        {
            var position = processor.GetSourcePosition(start, out _, out _);
            var candidates = new List<MarkdownObject>();
            for (Inline? inline = processor.Inline; inline is not null; inline = inline.Parent) candidates.Add(inline);
            if (processor.Block is { } block)
            {
                candidates.Add(block);
                if (block.Parent is { } parent && parent.IndexOf(block) + 1 is var next && next < parent.Count)
                    candidates.Add(parent[next]);
            }
            return candidates.FirstOrDefault(c => c.TryGetAttributes()?.Span.Start == position);
        }
    }
}
