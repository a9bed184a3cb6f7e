using Publisher.Core.Highlighting;

namespace Publisher.Core.Tests;

/// <summary>
/// The highlighter on short snippets of each language a book is likely to show: the
/// words a reader looks for (keywords, strings, comments) come out as those kinds.
/// </summary>
public class CodeHighlighterTests
{
    /// <summary>The kind every character of <paramref name="needle"/> (its first occurrence) was given.</summary>
    private static TokenKind KindOf(string language, string code, string needle, int occurrence = 1)
    {
        var spans = CodeHighlighter.Highlight(language, code);
        var at = -1;
        for (var i = 0; i < occurrence; i++) at = code.IndexOf(needle, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' is not in the snippet");
        var kinds = Enumerable.Range(at, needle.Length)
            .Select(c => spans.Single(s => s.Start <= c && c < s.End).Kind).Distinct().ToList();
        Assert.True(kinds.Count == 1, $"'{needle}' is split into {string.Join(", ", kinds)}");
        return kinds[0];
    }

    [Theory]
    [InlineData("cs")]
    [InlineData("csharp")]
    [InlineData("C#")]
    public void CSharp(string alias)
    {
        const string code = "// greets\npublic class Greeter\n{\n    int Count = 42;\n    string Hello() => \"hi\";\n}\n";
        Assert.Equal(TokenKind.Comment, KindOf(alias, code, "// greets"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "public"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "class"));
        Assert.Equal(TokenKind.Type, KindOf(alias, code, "Greeter"));
        Assert.Equal(TokenKind.Number, KindOf(alias, code, "42"));
        Assert.Equal(TokenKind.Function, KindOf(alias, code, "Hello"));
        Assert.Equal(TokenKind.String, KindOf(alias, code, "\"hi\""));
        Assert.Equal(TokenKind.Punctuation, KindOf(alias, code, "=>"));
    }

    [Theory]
    [InlineData("js")]
    [InlineData("javascript")]
    public void JavaScript(string alias)
    {
        const string code = "/* setup */\nconst total = 3;\nfunction greet(name) {\n  return `hi ${name}` + 'x';\n}\n";
        Assert.Equal(TokenKind.Comment, KindOf(alias, code, "/* setup */"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "const"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "return"));
        Assert.Equal(TokenKind.Function, KindOf(alias, code, "greet"));
        Assert.Equal(TokenKind.String, KindOf(alias, code, "'x'"));
        Assert.Equal(TokenKind.String, KindOf(alias, code, "`hi "));
        // The expression inside a template string is code again, not string.
        Assert.Equal(TokenKind.Plain, KindOf(alias, code, "name", occurrence: 2));
    }

    [Theory]
    [InlineData("py")]
    [InlineData("python")]
    public void Python(string alias)
    {
        const string code = "# totals\ndef total(items):\n    return sum(items) if items else None  # none\nprint('done')\n";
        Assert.Equal(TokenKind.Comment, KindOf(alias, code, "# totals"));
        Assert.Equal(TokenKind.Comment, KindOf(alias, code, "# none"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "def"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "return"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "None"));
        Assert.Equal(TokenKind.Function, KindOf(alias, code, "total", occurrence: 2));
        Assert.Equal(TokenKind.String, KindOf(alias, code, "'done'"));
    }

    [Theory]
    [InlineData("sh")]
    [InlineData("bash")]
    [InlineData("shell")]
    [InlineData("console")]
    public void Shell(string alias)
    {
        const string code = "# every chapter\nfor f in *.md; do\n  echo \"file: $f\"\ndone\n";
        Assert.Equal(TokenKind.Comment, KindOf(alias, code, "# every chapter"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "for"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "done"));
        Assert.Equal(TokenKind.Function, KindOf(alias, code, "echo"));
        Assert.Equal(TokenKind.String, KindOf(alias, code, "\"file: "));
    }

    [Fact]
    public void Json()
    {
        const string code = "{\n  \"name\": \"Publisher\",\n  \"pages\": 12,\n  \"draft\": false\n}\n";
        Assert.Equal(TokenKind.Attribute, KindOf("json", code, "\"name\""));
        Assert.Equal(TokenKind.String, KindOf("json", code, "\"Publisher\""));
        Assert.Equal(TokenKind.Number, KindOf("json", code, "12"));
        Assert.Equal(TokenKind.Keyword, KindOf("json", code, "false"));
        Assert.Equal(TokenKind.Punctuation, KindOf("json", code, "{"));
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("yml")]
    public void Yaml(string alias)
    {
        const string code = "# the booklet\ntitle: \"A Sample\"\npages: 12\ndraft: false\n";
        Assert.Equal(TokenKind.Comment, KindOf(alias, code, "# the booklet"));
        Assert.Equal(TokenKind.Tag, KindOf(alias, code, "title"));
        Assert.Equal(TokenKind.String, KindOf(alias, code, "\"A Sample\""));
        Assert.Equal(TokenKind.Number, KindOf(alias, code, "12"));
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "false"));
    }

    [Fact]
    public void Xml()
    {
        const string code = "<?xml version=\"1.0\"?>\n<!-- the package -->\n<package unique-identifier=\"id\">\n  <title>Sample</title>\n</package>\n";
        Assert.Equal(TokenKind.Comment, KindOf("xml", code, "<!-- the package -->"));
        Assert.Equal(TokenKind.Tag, KindOf("xml", code, "package", occurrence: 2));
        Assert.Equal(TokenKind.Attribute, KindOf("xml", code, "unique-identifier"));
        Assert.Equal(TokenKind.String, KindOf("xml", code, "\"id\""));
        Assert.Equal(TokenKind.Plain, KindOf("xml", code, "Sample"));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("htm")]
    public void Html(string alias)
    {
        const string code = "<!-- page -->\n<p class=\"note\">Hello</p>\n<script>var n = 1;</script>\n";
        Assert.Equal(TokenKind.Comment, KindOf(alias, code, "<!-- page -->"));
        Assert.Equal(TokenKind.Tag, KindOf(alias, code, "p", occurrence: 2));
        Assert.Equal(TokenKind.Attribute, KindOf(alias, code, "class"));
        Assert.Equal(TokenKind.String, KindOf(alias, code, "\"note\""));
        // Script inside HTML is highlighted as JavaScript.
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "var"));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("markdown")]
    public void Markdown(string alias)
    {
        const string code = "# Install\n\nRun `publisher build` now.\n\n<!-- todo -->\n";
        Assert.Equal(TokenKind.Keyword, KindOf(alias, code, "Install"));
        Assert.Equal(TokenKind.String, KindOf(alias, code, "`publisher build`"));
        Assert.Equal(TokenKind.Comment, KindOf(alias, code, "<!-- todo -->"));
        Assert.Equal(TokenKind.Plain, KindOf(alias, code, "Run"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("brainfuck")]
    [InlineData("text")]
    public void Code_in_a_language_not_highlighted_is_one_plain_span(string? language)
    {
        const string code = "if (x) { return \"y\"; } // z\n";
        Assert.Equal([new CodeSpan(0, code.Length, TokenKind.Plain)], CodeHighlighter.Highlight(language, code));
    }

    [Fact]
    public void Spans_cover_the_code_in_order_with_no_gap()
    {
        var code = "using System;\n\n// two\nvar s = $\"{1 + 2}\";\n\tConsole.WriteLine(s);";
        var spans = CodeHighlighter.Highlight("cs", code);
        Assert.Equal(0, spans[0].Start);
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.Equal(spans[i - 1].End, spans[i].Start);
            Assert.NotEqual(spans[i - 1].Kind, spans[i].Kind);
        }
        Assert.Equal(code.Length, spans[^1].End);
    }

    [Fact]
    public void A_line_too_long_to_tokenize_quickly_is_left_plain_and_the_next_line_is_still_highlighted()
    {
        var code = "var x = \"" + new string('a', 10_000) + "\";\nreturn 1;";
        var spans = CodeHighlighter.Highlight("js", code);
        Assert.Equal(TokenKind.Plain, spans[0].Kind);
        Assert.True(spans[0].End > 10_000);
        Assert.Equal(TokenKind.Keyword, KindOf("js", code, "return"));
    }

    [Fact]
    public void A_300_line_CSharp_block_is_highlighted_to_its_last_line()
    {
        var lines = Enumerable.Range(0, 30).SelectMany(i => new[]
        {
            $"// block {i}",
            $"public sealed class Widget{i} : IDisposable",
            "{",
            "    private readonly Dictionary<string, int> _counts = new();",
            "    public async Task<int> CountAsync(IEnumerable<string> names) => await Task.FromResult(names.Count());",
            "    /* a block comment */",
            $"    public void Dispose() {{ Console.WriteLine(\"disposed {i}\" + 2.5 * {i}); }}",
            "    [Obsolete(\"old\")] internal static int Old => 0;",
            "    #region helpers",
            "}",
        }).ToList();
        Assert.Equal(300, lines.Count);
        // A fresh text, so the cache cannot answer.
        var code = string.Join('\n', lines) + "\n// " + Guid.NewGuid();
        // Its speed is measured by bench/run (Pro Git's code), not here: a timed test fails on a busy machine.
        var spans = CodeHighlighter.Highlight("cs", code);
        var lastClass = code.LastIndexOf("class Widget29", StringComparison.Ordinal);
        Assert.Contains(spans, s => s.Kind == TokenKind.Keyword && s.Start >= lastClass);
        Assert.Contains(spans, s => s.Kind == TokenKind.Comment && s.Start > code.LastIndexOf("// block 29", StringComparison.Ordinal) - 1);
    }

    // The tokenizer remembers each line it tokenized, with the state the line began in (TextMateTokenizer): a line met
    // again is answered from that memory. These check that a line met again in another state is tokenized anew.

    [Fact]
    public void Lines_met_again_in_the_same_state_are_answered_from_memory_with_the_same_colours()
    {
        var tag = Guid.NewGuid().ToString("N");
        var lines = $"const assert{tag} = require('node:assert');\nfunction check{tag}(value) {{\n  return value > 42; // {tag}\n}}";
        var first = CodeHighlighter.Highlight("cjs", lines + "\n// first");
        var before = TextMateTokenizer.LinesRemembered;
        // The same four lines, in a block of their own (the cache of whole blocks cannot answer).
        var second = CodeHighlighter.Highlight("mjs", lines + "\n// second");
        // Other tests may tokenize at the same time and be answered too; these four at least were.
        Assert.True(TextMateTokenizer.LinesRemembered - before >= 4, $"{TextMateTokenizer.LinesRemembered - before} lines remembered");
        var shared = lines.Length;
        Assert.Equal(first.Where(s => s.End <= shared), second.Where(s => s.End <= shared));
    }

    [Fact]
    public void A_line_met_again_inside_a_string_is_coloured_as_the_string_not_as_where_it_was_met_first()
    {
        var line = $"let seen{Guid.NewGuid():N} = 1;";
        Assert.Equal(TokenKind.Keyword, KindOf("js", line, "let"));
        var inTemplate = $"const s = `\n{line}\n`;";
        Assert.Equal(TokenKind.String, KindOf("js", inTemplate, "let"));
        // And the other way round, in blocks of their own.
        var again = $"{line}\n// again";
        Assert.Equal(TokenKind.Keyword, KindOf("js", again, "let"));
    }

    [Fact]
    public void A_heredoc_ends_at_its_own_word_when_a_line_was_met_in_a_heredoc_ending_at_another()
    {
        var word = $"W{Guid.NewGuid():N}";
        // In a heredoc ended by END, the line 'word' is text, and so is the echo after it.
        var endsAtEnd = $"cat <<END\n{word}\necho inside\nEND\necho after";
        Assert.Equal(TokenKind.String, KindOf("sh", endsAtEnd, "echo inside"));
        // The states at 'word' differ only in the word that ends the heredoc: here 'word' ends it, and echo is a command.
        var endsAtWord = $"cat <<{word}\n{word}\necho inside\nEND\necho after";
        Assert.NotEqual(TokenKind.String, KindOf("sh", endsAtWord, "echo", occurrence: 1));
    }
}
