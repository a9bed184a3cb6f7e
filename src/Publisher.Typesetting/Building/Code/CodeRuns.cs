using Publisher.Layout.Fonts;
using System.Text;
using Publisher.Core.Highlighting;
using Publisher.Core.Templates;
using Publisher.Layout.Text;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Building.Code;

/// <summary>
/// The styled runs of a code block: the code's own style, with each highlighted token in
/// the colour (and weight) the template's code.highlight gives its kind; and the mark that
/// starts a wrapped line's continuation.
/// </summary>
internal sealed class CodeRuns
{
    /// <summary>Tried in order: the first that some face of the template can draw is the mark.</summary>
    private static readonly string[] MarkCandidates = ["\u21AA", "\u2192", ">"];

    private readonly Template _template;
    private readonly TextStyle _plain;
    private readonly Dictionary<TokenKind, TextStyle> _styles = [];

    public CodeRuns(FontSet fonts, Template template)
    {
        _template = template;
        var code = template.Code.Block.Text;
        _plain = fonts.Style(code);
        foreach (var (kind, spec) in template.Code.Highlight)
            _styles[kind] = new TextStyle(fonts.Face(code.Font, spec.Bold, spec.Italic), code.Size, Colors.Parse(spec.Color));
        ContinuationMark = Mark(fonts, template);
    }

    /// <summary>"↪" in the comment colour, from the code face or the first fallback font that has it.</summary>
    public TextRun ContinuationMark { get; }

    /// <summary>Room between the mark and the continued code.</summary>
    public double ContinuationGap => _template.Code.Block.Text.Size * 0.3;

    /// <param name="language">The fence's info string; null for indented code.</param>
    public List<TextRun> For(string? language, string code)
    {
        if (code.Length == 0) return [new TextRun(" ", _plain)];
        // Without colours in the template there is nothing to highlight for: no grammar is loaded.
        IReadOnlyList<CodeSpan> spans = _styles.Count == 0
            ? [new CodeSpan(0, code.Length, TokenKind.Plain)]
            : CodeHighlighter.Highlight(language, code);

        var runs = new List<TextRun>(spans.Count);
        var text = new StringBuilder();
        TextStyle? current = null;
        var column = 0;
        foreach (var span in spans)
        {
            var style = _styles.GetValueOrDefault(span.Kind, _plain);
            if (current is not null && style != current)
            {
                runs.Add(new TextRun(text.ToString(), current));
                text.Clear();
            }
            current = style;
            column = AppendExpandingTabs(text, code.AsSpan(span.Start, span.Length), column);
        }
        if (current is not null && text.Length > 0) runs.Add(new TextRun(text.ToString(), current));
        return runs;
    }

    /// <summary>
    /// Tabs become spaces to the next four-column stop. The column runs on across tokens,
    /// so a tab after a coloured word lands where it would in the author's editor.
    /// </summary>
    private static int AppendExpandingTabs(StringBuilder text, ReadOnlySpan<char> piece, int column)
    {
        foreach (var c in piece)
        {
            if (c == '\t')
            {
                var n = 4 - column % 4;
                text.Append(' ', n);
                column += n;
            }
            else
            {
                text.Append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return column;
    }

    private static TextRun Mark(FontSet fonts, Template template)
    {
        var code = template.Code.Block.Text;
        var color = Colors.Parse(template.Code.Highlight.GetValueOrDefault(TokenKind.Comment)?.Color ?? code.Color);
        // The PDF has no per-character font fallback yet, so the face that has the mark is chosen here.
        var faces = new[] { fonts.Face(code.Font, false, false) }.Concat(TemplateFallbacks.Faces(template, FontLibrary.Shared, SystemFonts.Installed)).ToList();
        foreach (var candidate in MarkCandidates)
            foreach (var face in faces)
                if (face.HasGlyph(char.ConvertToUtf32(candidate, 0)))
                    return new TextRun(candidate, new TextStyle(face, code.Size, color));
        return new TextRun(">", new TextStyle(faces[0], code.Size, color));
    }
}
