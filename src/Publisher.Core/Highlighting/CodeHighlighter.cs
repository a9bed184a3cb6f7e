using System.Collections.Concurrent;
using Markdig.Syntax;

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

    // The books whose code is already being tokenized ahead (a book is written in two formats, each starting it).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Books.Book, object> Ahead = new();

    /// <summary>
    /// Starts tokenizing the book's fenced code on a thread of its own, in the book's order: the writers ask for the
    /// blocks in the same order and find them done, or wait for the one being done. Blocks a writer reached first are
    /// skipped. One thread tokenizes at a time (<see cref="TextMateTokenizer"/>), so on two cores the look-ahead takes
    /// the tokenizing off the writers' threads. Tokenizing is a function of the code, so the spans are the same
    /// whichever thread made them. (The Node.js API docs: 2,500 highlighted blocks, a third of the build on one core.)
    /// </summary>
    public static void HighlightAhead(Books.Book book)
    {
        if (!Ahead.TryAdd(book, book)) return;
        var thread = new Thread(() =>
        {
            try
            {
                foreach (var block in book.Chapters.SelectMany(chapter => chapter.Document.Descendants<FencedCodeBlock>()))
                {
                    if (CodeLanguage.Find(block.Info) is not { } found) continue;
                    var code = block.Lines.ToString();
                    if (code.Length == 0 || Cache.ContainsKey((found.Name, code))) continue;
                    Highlight(block.Info, code);
                }
            }
            catch (Exception)
            {
                // A block that cannot be tokenized fails where a writer asks for it (Lazy keeps the failure), and is
                // reported there; the look-ahead just stops.
            }
        }) { IsBackground = true, Name = "highlight ahead" };
        thread.Start();
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
