using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Publisher.Core.References;

/// <summary>
/// Reads <c>@fig:harbour</c>, <c>@tbl:prices</c>, <c>@eq:energy</c>, <c>@lst:main</c> and <c>@sec:intro</c> as references
/// (Pandoc's crossref syntax): an @ that does not follow a letter or digit (an e-mail address keeps its @), a known
/// prefix, a colon and a name of letters, digits, <c>-</c> and <c>_</c>. Anything else stays text.
/// </summary>
public sealed class CrossReferenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CrossReferenceParser>()) pipeline.InlineParsers.Add(new CrossReferenceParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class CrossReferenceParser : InlineParser
    {
        public CrossReferenceParser() => OpeningCharacters = ['@'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var before = slice.PeekCharExtra(-1);
            if (char.IsLetterOrDigit(before) || before == '_') return false;
            var text = slice.Text;
            var start = slice.Start;
            var colon = start + 1;
            while (colon <= slice.End && char.IsAsciiLetterLower(text[colon])) colon++;
            if (colon > slice.End || text[colon] != ':' || ReferenceKinds.Prefix(text.AsSpan(start + 1, colon - start - 1)) is null)
                return false;
            var end = colon + 1;
            while (end <= slice.End && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_')) end++;
            // A name ends with a letter or digit: "see @fig:a-" keeps its dash as text, as a sentence's full stop stays.
            while (end > colon + 1 && text[end - 1] is '-' or '_') end--;
            if (end == colon + 1) return false;

            var span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), 0);
            span.End = span.Start + (end - start) - 1;
            processor.Inline = new CrossReferenceInline
            {
                Label = text[(start + 1)..end],
                Span = span,
                Line = line,
                Column = column,
            };
            slice.Start = end;
            return true;
        }
    }
}
