using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Markdown;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;
using Publisher.Typesetting.Styling;
using ParagraphBlock = Publisher.Layout.Blocks.ParagraphBlock;

namespace Publisher.Typesetting.Building.Code;

/// <summary>
/// A code block on its tint, highlighted when its fence names a language, never hyphenated; a line too long for
/// the measure wraps with the continuation mark. Code is an inline element in PDF's structure types, so a listing
/// is Code in a paragraph of its own.
/// </summary>
internal sealed class CodeBlockRenderer : BlockRenderer<CodeBlock>
{
    protected override void Write(BlockBuilder builder, CodeBlock code, RenderScope scope)
    {
        var spec = builder.Template.Code;
        var runs = builder.Code;
        // Markdig's own join (lines with \n), which is also "" for a fence left open with no lines (their array is null).
        var text = code.Lines.ToString();
        // A numbered listing has its caption above it ("Listing 2: Counting words"), kept with its first lines, and is
        // the place a reference to it leads to.
        var caption = Listings.Caption(code);
        var numbered = caption is not null;
        if (caption is not null)
            scope.Blocks.Add(Captions.Above(builder, scope,
                [new Layout.Text.TextRun(caption, builder.Fonts.Style(builder.Template.Figures.Caption.Text))],
                spec.Block.SpaceBefore, Captions.Anchors(scope, code.TryGetAttributes()?.Id),
                builder.Element(StructureRole.Caption, scope.Frame.Parent, code)));
        scope.Blocks.Add(new ParagraphBlock
        {
            Runs = runs.For((code as FencedCodeBlock)?.Info, text),
            Leading = spec.Block.Text.Leading,
            Align = Layout.Blocks.Alignment.Left,
            LeftIndent = scope.Frame.Indent,
            SpaceBefore = numbered ? 0 : spec.Block.SpaceBefore,
            SpaceAfter = spec.Block.SpaceAfter,
            Background = spec.Background is { } bg ? Colors.Parse(bg) : null,
            Padding = spec.Padding,
            ContinuationMark = runs.ContinuationMark,
            ContinuationGap = runs.ContinuationGap,
            Widows = builder.Template.Body.Widows,
            Orphans = builder.Template.Body.Orphans,
            Structure = builder.Element(StructureRole.Code, builder.Element(StructureRole.P, scope.Frame.Parent, code), code),
        });
    }
}
