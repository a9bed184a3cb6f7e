using Markdig.Renderers.Html;
using Publisher.Core.Markdown;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace Publisher.Typesetting.Building.Pictures;

/// <summary>An image alone in its paragraph: a Figure with the image's alternative text, and its caption a Caption in it.</summary>
internal sealed class FigureRenderer : BlockRenderer<MdParagraph>
{
    protected override bool Takes(MdParagraph paragraph) => Figures.Image(paragraph) is not null;

    protected override void Write(BlockBuilder builder, MdParagraph paragraph, RenderScope scope)
    {
        var image = Figures.Image(paragraph)!;
        var figure = builder.Element(StructureRole.Figure, scope.Frame.Parent, paragraph, alt: Figures.AltText(image));
        var built = builder.Figures.Build(image, scope.Context.Images, scope.Context.Inlines, scope.Frame.Indent, Figures.Number(paragraph));
        // A figure with an id (a label, {#fig:harbour}) is a place links lead to.
        var id = paragraph.TryGetAttributes()?.Id;
        scope.Blocks.Add(built with
        {
            Anchors = Captions.Anchors(scope, id),
            Structure = figure,
            Caption = built.Caption is { } caption ? caption with { Structure = new StructureElement(StructureRole.Caption, figure) } : null,
        });
    }
}
