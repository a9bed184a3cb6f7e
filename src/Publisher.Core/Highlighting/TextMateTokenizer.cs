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

    // TextMateSharp's registry and grammars are not safe to share between threads: each thread that tokenizes takes a
    // registry of its own from this pool (the PDF's typesetter, the EPUB's renderer and CodeHighlighter's look ahead
    // tokenize at once), and gives it back after the block. Each loads the grammars it meets.
    private static readonly System.Collections.Concurrent.ConcurrentBag<Instance> Idle = [];
    // At most two at once: a registry holds every grammar it met, compiled, and more than two threads tokenizing gained
    // nothing on two cores but memory (the Node.js docs: 90 MB more at the peak with three).
    private static readonly SemaphoreSlim Turns = new(2);

    private sealed class Instance
    {
        public Registry? Registry;
        public readonly Dictionary<string, IGrammar?> Grammars = new(StringComparer.Ordinal);
    }

    public static List<CodeSpan> Tokenize(CodeLanguage language, string code)
    {
        var spans = new List<CodeSpan>();
        Turns.Wait();
        var instance = Idle.TryTake(out var idle) ? idle : new Instance();
        try
        {
            var grammar = Grammar(instance, language.Scope);
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
        finally
        {
            Idle.Add(instance);
            Turns.Release();
        }
        return spans;
    }

    private static IGrammar? Grammar(Instance instance, string scope)
    {
        if (instance.Grammars.TryGetValue(scope, out var grammar)) return grammar;
        instance.Registry ??= new Registry(new GrammarSource());
        grammar = instance.Registry.LoadGrammar(scope);
        instance.Grammars[scope] = grammar;
        return grammar;
    }
}
