using Publisher.Layout.Breaking;

namespace Publisher.Layout.Hyphenation;

/// <summary>
/// Finds where a paragraph's words may take a hyphen at a line's end. Only plain words are
/// broken: a word is a run of letters and marks (with an apostrophe inside it where the
/// language's patterns know one), and it is left whole when it is shorter than the rules'
/// minimum, starts with a capital (unless the rules allow it), has a capital inside
/// ("JavaScript", "HTML"), is set in a run marked <see cref="Text.TextStyle.Code"/>
/// (inline code), or stands in a token that is not prose: one holding digits, a hyphen
/// (compounds are never split, see <see cref="BreakOpportunities"/>), or what a URL, a path,
/// an e-mail address or an identifier is made of.
/// </summary>
public static class HyphenationPoints
{
    /// <summary>Character indices in <paramref name="glyphs"/>' text where a hyphenated line may end, ascending.</summary>
    public static List<int> Find(ParagraphGlyphs glyphs, HyphenationRules rules)
    {
        var points = new List<int>();
        var text = glyphs.Text;
        // Characters that start a glyph: a point inside a ligature ("ffi") would cut the glyph.
        var glyphStart = new bool[text.Length + 1];
        for (var g = 0; g < glyphs.Count; g++) glyphStart[glyphs.CharIndex[g]] = true;

        var tokenStart = 0;
        while (tokenStart < text.Length)
        {
            if (char.IsWhiteSpace(text[tokenStart])) { tokenStart++; continue; }
            var tokenEnd = tokenStart;
            while (tokenEnd < text.Length && !char.IsWhiteSpace(text[tokenEnd])) tokenEnd++;
            if (IsProse(text.AsSpan(tokenStart, tokenEnd - tokenStart)))
                AddWords(glyphs, rules, tokenStart, tokenEnd, glyphStart, points);
            tokenStart = tokenEnd;
        }
        return points;
    }

    private static void AddWords(ParagraphGlyphs glyphs, HyphenationRules rules, int from, int to, bool[] glyphStart, List<int> points)
    {
        var text = glyphs.Text;
        var start = from;
        while (start < to)
        {
            if (!IsWordChar(text[start])) { start++; continue; }
            var end = start;
            while (end < to && (IsWordChar(text[end]) || IsInnerApostrophe(text, end, to, rules.Patterns))) end++;
            var word = text[start..end];
            if (word.Length >= Math.Max(rules.MinWord, rules.MinLeft + rules.MinRight)
                && (rules.Capitalized || !char.IsUpper(word[0]))
                && !HasCapitalAfterFirst(word)
                && Hyphenatable(glyphs, start, end))
            {
                foreach (var p in rules.Patterns.Points(word, rules.MinLeft, rules.MinRight))
                    if (glyphStart[start + p]) points.Add(start + p);
            }
            start = end;
        }
    }

    /// <summary>A capital inside a word (iPhone, McDonald): a name the patterns do not know. Checked for every word, so no iterator.</summary>
    private static bool HasCapitalAfterFirst(string word)
    {
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i])) return true;
        return false;
    }

    /// <summary>
    /// Letters, the marks that combine with them (a word spelt with a combining accent is still
    /// one word; the vowel signs of Indic scripts are marks, some of them spacing), and the zero
    /// width joiner and non-joiner, which choose a conjunct's form inside Indic words.
    /// </summary>
    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>An apostrophe with a letter after it, in a language whose patterns place hyphens around one (French l’homme).</summary>
    private static bool IsInnerApostrophe(string text, int at, int end, LiangHyphenator patterns) =>
        patterns.JoinsApostrophes && LiangHyphenator.IsApostrophe(text[at]) && at + 1 < end && char.IsLetter(text[at + 1]);

    /// <summary>False for a token that is a URL, path, address, identifier, number or compound, not a word of prose.</summary>
    private static bool IsProse(ReadOnlySpan<char> token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsDigit(c) || c is '/' or '\\' or '@' or '_' or '#' or '=' or '&' or '~' or '<' or '>' or '|'
                    or '{' or '}' or '[' or ']' or '-' or '\u2010' or '\u00AD') return false;
            // "example.com", "README.md", "System.Text": a full stop between letters is not a sentence's end.
            if (c == '.' && i > 0 && i + 1 < token.Length && char.IsLetter(token[i - 1]) && char.IsLetter(token[i + 1])) return false;
            if (c == ':' && i + 1 < token.Length && !char.IsWhiteSpace(token[i + 1]) && token[i + 1] is not ('"' or '\'' or ')' or '\u201D' or '\u2019')) return false;
        }
        return true;
    }

    /// <summary>True when every character of the word is set in ordinary text: no inline code, no images.</summary>
    private static bool Hyphenatable(ParagraphGlyphs glyphs, int start, int end)
    {
        for (var r = 0; r < glyphs.Runs.Count; r++)
        {
            var runStart = glyphs.RunStart[r];
            var runEnd = runStart + glyphs.Runs[r].Text.Length;
            if (runEnd <= start || runStart >= end) continue;
            var style = glyphs.Runs[r].Style;
            if (style.Code || style.Image is not null) return false;
        }
        return true;
    }
}
