using Publisher.Core.Markdown;
using Publisher.Typesetting.Building.Rendering;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace Publisher.Typesetting.Building.Tables;

/// <summary>A table's caption paragraph prints nothing where it stands: <see cref="TableRenderer"/> sets it with its table.</summary>
internal sealed class TableCaptionRenderer : BlockRenderer<MdParagraph>
{
    protected override bool Takes(MdParagraph paragraph) => TableCaptions.IsCaption(paragraph);

    protected override void Write(BlockBuilder builder, MdParagraph paragraph, RenderScope scope) { }
}
