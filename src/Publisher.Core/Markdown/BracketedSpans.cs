using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Markdown;

/// <summary>
/// Words in brackets with attributes right after them, as Pandoc reads them: <c>[harbour]{.index}</c>,
/// <c>[Bonjour]{lang=fr}</c>. The words keep their own markup (emphasis, code); the attributes go on the span.
/// </summary>
public sealed class BracketedSpan : ContainerInline;

/// <summary>
/// Reads bracketed spans. At a closing bracket right before braces that parse as attributes (as
/// <see cref="MarkdownAttributes"/> reads them), the words since the opening bracket become a
/// <see cref="BracketedSpan"/>: before Markdig's link parser sees the bracket, which would leave them as text.
/// A bracket that opens a link reference the chapter defines (<c>[harbour]</c> with <c>[harbour]: url</c>) stays a
/// link, and an image's <c>![…]</c> stays an image.
/// </summary>
public sealed class BracketedSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<BracketedSpanParser>()) return;
        var links = pipeline.InlineParsers.FindIndex(p => p is LinkInlineParser);
        pipeline.InlineParsers.Insert(Math.Max(0, links), new BracketedSpanParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class BracketedSpanParser : InlineParser
    {
        public BracketedSpanParser() => OpeningCharacters = [']'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (slice.PeekChar() != '{' || processor.Inline?.FirstParentOfType<LinkDelimiterInline>() is not { } open
                || !open.IsActive || open.IsImage || open.Label is not null) return false;
            var braces = slice;
            braces.SkipChar();
            var start = braces.Start;
            if (MarkdownAttributes.Parse(ref braces) is not { } attributes) return false;

            var end = processor.GetSourcePosition(braces.Start - 1);
            var span = new BracketedSpan
            {
                Span = new SourceSpan(open.Span.Start, end),
                Line = open.Line,
                Column = open.Column,
                IsClosed = false,
            };
            // The words since the bracket move into the span; emphasis among them is settled inside it, as in a link.
            open.ReplaceBy(span);
            processor.PostProcessInlines(0, span, null, false);
            span.IsClosed = true;
            var target = span.GetAttributes();
            attributes.CopyTo(target);
            target.Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), end);
            target.Line = line;
            target.Column = column;
            MarkdownAttributes.Note(processor.Document, span, attributes, slice.Text, start, offset =>
            {
                processor.GetSourcePosition(offset, out var l, out var c);
                return (l + 1, c + 1);
            });
            processor.Inline = span;
            slice.Start = braces.Start;
            return true;
        }
    }
}
