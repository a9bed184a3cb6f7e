using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Highlighting;
using Publisher.Core.Markdown;

namespace Publisher.Epub;

/// <summary>
/// Writes a fenced code block in a highlighted language as
/// <c>&lt;pre&gt;&lt;code class="language-cs"&gt;</c> with each token in a
/// <c>&lt;span class="tok-keyword"&gt;</c> (classes the stylesheet colours from the
/// template). Everything else goes to Markdig's own code block renderer unchanged.
/// </summary>
internal sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer plain) : HtmlObjectRenderer<CodeBlock>
{
    public const string ClassPrefix = "tok-";

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        // A numbered listing is a figure of its own, its caption above the code, as in the PDF.
        if (Listings.Number(block) is { } number)
        {
            renderer.EnsureLine();
            var title = Listings.Title(block);
            renderer.Write("<figure class=\"listing\"><figcaption>").WriteNumber("listing", number, title is not null);
            if (title is not null) renderer.WriteEscape(title);
            renderer.WriteLine("</figcaption>");
            WriteCode(renderer, block);
            renderer.WriteLine("</figure>");
            return;
        }
        WriteCode(renderer, block);
    }

    private void WriteCode(HtmlRenderer renderer, CodeBlock block)
    {
        var info = (block as FencedCodeBlock)?.Info;
        // Blocks an extension shows as a <div> (diagrams) are not code to read.
        if (CodeLanguage.Find(info) is null || plain.BlocksAsDiv.Contains(info!))
        {
            plain.Write(renderer, block);
            return;
        }

        // The same text, joined the same way, as the PDF highlights: the second format finds it cached.
        var code = block.Lines.ToString();
        renderer.EnsureLine();
        renderer.Write("<pre><code");
        renderer.WriteAttributes(block);
        renderer.Write('>');
        foreach (var span in CodeHighlighter.Highlight(info, code))
        {
            var text = code.Substring(span.Start, span.Length);
            if (span.Kind == TokenKind.Plain)
            {
                renderer.WriteEscape(text);
                continue;
            }
            renderer.Write("<span class=\"").Write(ClassPrefix).Write(TokenKinds.Name(span.Kind)).Write("\">");
            renderer.WriteEscape(text);
            renderer.Write("</span>");
        }
        // Markdig ends every line of a code block with a newline, the last one too.
        renderer.Write('\n');
        renderer.WriteLine("</code></pre>");
    }
}
