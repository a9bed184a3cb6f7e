using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Publisher.Core.Highlighting;

/// <summary>
/// Runs TextMate grammars (the ones VS Code uses, through TextMateSharp and its Oniguruma
/// binding) over code, line by line, and classifies each token. Everything here is created
/// on first use: a book whose code names no language never loads a grammar, nor even the
/// TextMateSharp assemblies.
/// </summary>
internal static class TextMateTokenizer
{
    /// <summary>
    /// Lines longer than this are left plain. TextMate grammars are regular expressions
    /// tried at every position; on a minified script's one 100 000-character line they can
    /// take seconds. A time limit would cut them short instead, but then the colours would
    /// depend on how busy the machine was, and the same sources must give the same bytes.
    /// </summary>
    private const int LongestLine = 4000;

    /// <summary>
    /// Lines remembered before the memory starts again (a watch session tokenizes edit after edit): about 20 000 lines of
    /// code in the Node.js API docs take 10 MB.
    /// </summary>
    private const int RememberedLines = 100_000;

    // One registry for the process, used by one thread at a time. TextMateSharp's registry and grammars are not safe to
    // share between threads, and a rule's id in a line's state is the registry's own: a state, and so the line memory
    // below, belongs to one registry. Two registries tokenizing at once gained nothing on two cores that the memory does
    // not give more cheaply, and each held every grammar it met compiled (the Node.js docs: 60 MB each).
    private static readonly Lock Gate = new();
    private static Registry? registry;
    private static readonly Dictionary<string, IGrammar?> Grammars = new(StringComparer.Ordinal);

    /// <summary>
    /// The tokens of lines already tokenized, by grammar, state at the line's start and text. A line's tokens and the
    /// state after it are a function of those three (VS Code relies on the same to stop re-tokenizing a file below an
    /// edit: its states compare by content, rule by rule and scope by scope), and books repeat lines: the Node.js docs
    /// give most examples twice, as CommonJS and as an ES module, and 44% of their 17 000 lines of JavaScript are met
    /// again in the same state. A remembered line costs a lookup instead of a hundred regular-expression searches.
    /// (TextMateSharp's state equality leaves out whether the begin rule's match took the line's end, which decides a \G
    /// anchor on the next line; in the grammars shipped, the rules whose begin can take the line's end always do.)
    /// </summary>
    private static readonly Dictionary<LineKey, LineTokens> Lines = [];

    /// <summary>Lines answered from <see cref="Lines"/> since the process began (for the tests).</summary>
    internal static long LinesRemembered { get; private set; }

    private readonly record struct LineKey(IGrammar Grammar, IStateStack? State, string Text);

    /// <summary>A line's coloured tokens (start and length within the line) and the state the next line starts in.</summary>
    private sealed record LineTokens(IStateStack State, (int Start, int Length, TokenKind Kind)[] Tokens);

    public static List<CodeSpan> Tokenize(CodeLanguage language, string code)
    {
        var spans = new List<CodeSpan>();
        lock (Gate)
        {
            var grammar = Grammar(language.Scope);
            if (grammar is null) return spans;
            IStateStack? state = null;
            var lineStart = 0;
            while (lineStart <= code.Length)
            {
                var newline = code.IndexOf('\n', lineStart);
                var lineEnd = newline < 0 ? code.Length : newline;
                if (lineEnd > lineStart && lineEnd - lineStart <= LongestLine)
                {
                    var line = Tokenize(grammar, state, code[lineStart..lineEnd]);
                    state = line.State;
                    foreach (var (start, length, kind) in line.Tokens) spans.Add(new CodeSpan(lineStart + start, length, kind));
                }
                if (newline < 0) break;
                lineStart = newline + 1;
            }
        }
        return spans;
    }

    private static LineTokens Tokenize(IGrammar grammar, IStateStack? state, string line)
    {
        var key = new LineKey(grammar, state, line);
        if (Lines.TryGetValue(key, out var known))
        {
            LinesRemembered++;
            return known;
        }
        var result = grammar.TokenizeLine(line, state, TimeSpan.MaxValue);
        var tokens = new List<(int, int, TokenKind)>(result.Tokens.Length);
        foreach (var token in result.Tokens)
        {
            // Tokens may reach one past the line: the grammar sees it with its newline.
            var start = Math.Min(token.StartIndex, line.Length);
            var end = Math.Min(token.EndIndex, line.Length);
            if (end <= start) continue;
            var kind = ScopeClassifier.Classify(token.Scopes, line.AsSpan(start, end - start));
            if (kind != TokenKind.Plain) tokens.Add((start, end - start, kind));
        }
        if (Lines.Count >= RememberedLines) Lines.Clear();
        return Lines[key] = new LineTokens(result.RuleStack, [.. tokens]);
    }

    private static IGrammar? Grammar(string scope)
    {
        if (Grammars.TryGetValue(scope, out var grammar)) return grammar;
        registry ??= new Registry(new GrammarSource());
        grammar = registry.LoadGrammar(scope);
        Grammars[scope] = grammar;
        return grammar;
    }
}
