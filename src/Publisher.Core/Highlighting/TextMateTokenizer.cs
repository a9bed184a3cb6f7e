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

    // TextMateSharp's registry and grammars are not safe to share between threads, and the
    // PDF and EPUB of a book are built side by side: one lock, held while a block is tokenized.
    private static readonly Lock Gate = new();
    private static Registry? _registry;
    private static readonly Dictionary<string, IGrammar?> Grammars = new(StringComparer.Ordinal);

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
                var line = code[lineStart..lineEnd];
                if (line.Length > 0 && line.Length <= LongestLine)
                {
                    var result = grammar.TokenizeLine(line, state, TimeSpan.MaxValue);
                    state = result.RuleStack;
                    foreach (var token in result.Tokens)
                    {
                        // Tokens may reach one past the line: the grammar sees it with its newline.
                        var start = Math.Min(token.StartIndex, line.Length);
                        var end = Math.Min(token.EndIndex, line.Length);
                        if (end <= start) continue;
                        var kind = ScopeClassifier.Classify(token.Scopes, line.AsSpan(start, end - start));
                        if (kind != TokenKind.Plain) spans.Add(new CodeSpan(lineStart + start, end - start, kind));
                    }
                }
                if (newline < 0) break;
                lineStart = newline + 1;
            }
        }
        return spans;
    }

    private static IGrammar? Grammar(string scope)
    {
        if (Grammars.TryGetValue(scope, out var grammar)) return grammar;
        _registry ??= new Registry(new GrammarSource());
        grammar = _registry.LoadGrammar(scope);
        Grammars[scope] = grammar;
        return grammar;
    }
}
