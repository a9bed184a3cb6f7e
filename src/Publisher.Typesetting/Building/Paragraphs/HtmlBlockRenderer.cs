using System.Text.RegularExpressions;
using Markdig.Syntax;
using Publisher.Layout.Structure;
using Publisher.Typesetting.Building.Rendering;

namespace Publisher.Typesetting.Building.Paragraphs;

/// <summary>A block of raw HTML: print cannot run its markup, so its text is set as a plain paragraph (comments dropped).</summary>
internal sealed partial class HtmlBlockRenderer : BlockRenderer<HtmlBlock>
{
    protected override void Write(BlockBuilder builder, HtmlBlock html, RenderScope scope)
    {
        var text = Text(html.Lines.ToString());
        if (text.Length > 0) scope.Blocks.Add(builder.Plain(text, scope.Frame) with { Structure = builder.Element(StructureRole.P, scope.Frame.Parent, html) });
    }

    private static string Text(string html)
    {
        var withoutComments = Comment().Replace(html, "");
        var text = Tag().Replace(withoutComments, " ");
        return System.Net.WebUtility.HtmlDecode(Spaces().Replace(text, " ")).Trim();
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)] private static partial Regex Comment();
    [GeneratedRegex("<[^>]*>")] private static partial Regex Tag();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}
