using System.Text;
using Markdig.Syntax;
using Publisher.Core.Highlighting;
using Publisher.Core.Templates;

namespace Publisher.Epub;

/// <summary>The stylesheet rules and font faces for highlighted code, from the template's code.highlight.</summary>
internal static class HighlightStyles
{
    /// <summary>One rule per kind the template colours, in a fixed order: <c>.tok-keyword { color: … }</c>.</summary>
    public static string Css(CodeSpec code)
    {
        var css = new StringBuilder();
        var text = code.Block.Text;
        foreach (var (kind, style) in code.Highlight.OrderBy(k => k.Key))
        {
            css.Append('.').Append(HighlightedCodeBlockRenderer.ClassPrefix).Append(TokenKinds.Name(kind)).Append(" {\n");
            css.Append("  color: ").Append(style.Color).Append(";\n");
            if (style.Bold != text.Bold) css.Append("  font-weight: ").Append(style.Bold ? "bold" : "normal").Append(";\n");
            if (style.Italic != text.Italic) css.Append("  font-style: ").Append(style.Italic ? "italic" : "normal").Append(";\n");
            css.Append("}\n\n");
        }
        return css.ToString();
    }

    /// <summary>
    /// The faces a code block's tokens are set in besides the code's own: bold keywords need
    /// the code family's bold face embedded. Only kinds that occur in the block count.
    /// </summary>
    public static IEnumerable<FontFace> Faces(Template template, CodeBlock block)
    {
        var info = (block as FencedCodeBlock)?.Info;
        var styles = template.Code.Highlight;
        if (CodeLanguage.Find(info) is null || !styles.Values.Any(s => s.Bold || s.Italic)) return [];
        var code = block.Lines.ToString();
        var family = template.Code.Block.Text.Font;
        return CodeHighlighter.Highlight(info, code)
            .Select(s => styles.GetValueOrDefault(s.Kind))
            .OfType<TokenStyleSpec>()
            .Select(s => new FontFace(family, s.Bold, s.Italic))
            .Distinct();
    }
}
