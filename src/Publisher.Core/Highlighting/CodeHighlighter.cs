using System.Collections.Concurrent;

namespace Publisher.Core.Highlighting;

/// <summary>
/// Splits code into spans of <see cref="TokenKind"/> for both backends: the PDF colours
/// runs by them, the EPUB wraps them in <c>&lt;span class="tok-…"&gt;</c>. Both ask about
/// the same blocks, so results are kept per (language, code) and a book's code is
/// tokenized once however many formats are built.
/// </summary>
public static class CodeHighlighter
{
    // Lazy, so that when both formats ask for a block at once the second waits for the first's
    // answer instead of tokenizing it again.
    private static readonly ConcurrentDictionary<(string Language, string Code), Lazy<CodeSpan[]>> Cache = new();

    /// <summary>
    /// Spans covering <paramref name="code"/> from start to end, in order, neighbours of
    /// one kind joined. <paramref name="language"/> is a fence's info string; for none, or
    /// one that is not highlighted, the whole code is one plain span (and no grammar loads).
    /// </summary>
    public static IReadOnlyList<CodeSpan> Highlight(string? language, string code)
    {
        if (code.Length == 0) return [];
        if (CodeLanguage.Find(language) is not { } found) return [new CodeSpan(0, code.Length, TokenKind.Plain)];
        return Cache.GetOrAdd((found.Name, code),
            key => new Lazy<CodeSpan[]>(() => Cover(TextMateTokenizer.Tokenize(found, key.Code), key.Code.Length))).Value;
    }

    /// <summary>Fills the gaps between coloured tokens with plain spans and joins neighbours of one kind.</summary>
    private static CodeSpan[] Cover(List<CodeSpan> tokens, int length)
    {
        var spans = new List<CodeSpan>(tokens.Count * 2 + 1);
        void Add(int start, int end, TokenKind kind)
        {
            if (end <= start) return;
            if (spans.Count > 0 && spans[^1].Kind == kind && spans[^1].End == start)
                spans[^1] = spans[^1] with { Length = end - spans[^1].Start };
            else
                spans.Add(new CodeSpan(start, end - start, kind));
        }
        var at = 0;
        foreach (var token in tokens)
        {
            Add(at, token.Start, TokenKind.Plain);
            Add(token.Start, token.End, token.Kind);
            at = token.End;
        }
        Add(at, length, TokenKind.Plain);
        return [.. spans];
    }
}
