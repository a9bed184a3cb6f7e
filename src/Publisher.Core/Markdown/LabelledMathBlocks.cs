using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Publisher.Core.Markdown;

/// <summary>
/// A <c>$$</c> block may end with its label, as Pandoc's crossref filter writes a numbered equation:
/// <c>$$ {#eq:energy}</c> on the closing line. Markdig closes a fence only on a bare <c>$$</c>, and would run on to the
/// chapter's end; here such a line closes the block and gives it the attributes.
/// </summary>
public sealed class LabelledMathBlocks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<MathBlockParser>() is { } plain && plain is not Parser)
            pipeline.BlockParsers.Replace<MathBlockParser>(new Parser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class Parser : MathBlockParser
    {
        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            var line = processor.Line;
            if (!processor.IsCodeIndent && line.CurrentChar == '$' && line.PeekChar() == '$')
            {
                var rest = line;
                rest.Start += 2;
                rest.TrimStart();
                var start = rest.Start;
                var probe = rest;
                if (rest.CurrentChar == '{' && MarkdownAttributes.Parse(ref probe) is { } attributes && probe.IsEmptyOrWhitespace())
                {
                    var target = block.GetAttributes();
                    attributes.CopyTo(target);
                    target.Line = processor.LineIndex;
                    target.Column = start - processor.CurrentLineStartPosition;
                    var lineStart = processor.CurrentLineStartPosition;
                    MarkdownAttributes.Note(processor.Document, block, attributes, line.Text, start,
                        offset => (processor.LineIndex + 1, offset - lineStart + 1));
                    block.UpdateSpanEnd(line.End);
                    ((IFencedBlock)block).ClosingFencedCharCount = 2;
                    return BlockState.BreakDiscard;
                }
            }
            return base.TryContinue(processor, block);
        }
    }
}
