using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Markdown;

/// <summary>
/// Characters XML cannot carry: the C0 controls but tab and line ends (U+0001, U+001B…), U+FFFE, U+FFFF and
/// halves of surrogate pairs. An XHTML page or an OPF holding one is not XML, so a reading system shows nothing;
/// in print they are invisible or empty boxes. They are almost always pasted by accident, and where one stands
/// is known only in the source, so each is an error (PUB045) there: in a chapter (written, or as an entity such
/// as <c>&amp;#1;</c>) and in every value read from YAML (book.yml, front matter, template.yml).
/// </summary>
public static class ControlCharacters
{
    /// <summary>The index of the first character XML cannot carry at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOfFirst(string text, int from = 0)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')) continue;
            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>The character's code point as the messages write it (U+0001).</summary>
    public static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    public static string Problem(char c) =>
        $"the control character {Name(c)}, which an EPUB (XML) cannot carry and print does not show; remove it";

    /// <summary>Fails at the first such character of a chapter's text, or of an entity standing for one.</summary>
    public static void Check(string text, MarkdownDocument document, string displayPath)
    {
        var index = IndexOfFirst(text);
        if (index >= 0)
        {
            var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
            var line = 1 + text.AsSpan(0, index).Count('\n');
            throw BuildFailedException.At(new SourceLocation(displayPath, line, index - lineStart + 1),
                DiagnosticCodes.ControlCharacter, Problem(text[index]));
        }
        foreach (var entity in document.Descendants<HtmlEntityInline>())
        {
            var decoded = entity.Transcoded.ToString();
            if (IndexOfFirst(decoded) is var at and >= 0)
                throw BuildFailedException.At(new SourceLocation(displayPath, entity.Line + 1, entity.Column + 1),
                    DiagnosticCodes.ControlCharacter, $"'{entity.Original}' stands for " + Problem(decoded[at]));
        }
    }

    /// <summary>The text with every such character replaced by U+FFFD: the last guard of what the EPUB writes.</summary>
    public static string Replace(string text)
    {
        var found = IndexOfFirst(text);
        if (found < 0) return text;
        var chars = text.ToCharArray();
        for (; found >= 0; found = IndexOfFirst(text, found + 1)) chars[found] = '\uFFFD';
        return new string(chars);
    }
}
