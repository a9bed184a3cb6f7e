namespace Publisher.Core.Highlighting;

/// <summary>
/// Folds a token's TextMate scopes (outermost first, such as <c>source.cs</c>,
/// <c>string.quoted.double.cs</c>, <c>punctuation.definition.string.begin.cs</c>) into one
/// <see cref="TokenKind"/>. The innermost scope that says something decides, so the quotes
/// of a string are string and the braces of an interpolation inside it are punctuation.
/// </summary>
internal static class ScopeClassifier
{
    /// <summary>
    /// Scope prefixes, most specific first within each group. A prefix matches a scope equal
    /// to it or continuing with a dot ("comment" matches "comment.line.cs", not "commentary").
    /// ByText: keyword if the token has a letter, punctuation if not (see <see cref="ByText"/>).
    /// </summary>
    private static readonly (string Prefix, TokenKind Kind, bool ByText)[] Rules =
    [
        ("comment", TokenKind.Comment, false),
        ("punctuation.definition.comment", TokenKind.Comment, false),
        // JSON keys and CSS property names are named like types; they read as attributes.
        ("support.type.property-name", TokenKind.Attribute, false),
        ("punctuation.support.type.property-name", TokenKind.Attribute, false),
        ("string", TokenKind.String, false),
        ("punctuation.definition.string", TokenKind.String, false),
        ("constant.character.escape", TokenKind.String, false),
        ("storage.type.string", TokenKind.String, false),           // Python's f"" and r"" prefixes
        ("markup.inline.raw", TokenKind.String, false),             // `code` in Markdown
        ("punctuation.definition.raw", TokenKind.String, false),    // and its backticks
        ("markup.underline.link", TokenKind.String, false),         // link targets in Markdown
        ("constant.numeric", TokenKind.Number, false),
        ("constant.language", TokenKind.Keyword, false),            // true, false, null, None
        ("variable.language", TokenKind.Keyword, false),            // this, self
        ("keyword.operator", TokenKind.Punctuation, true),          // = + && (typeof, and: keyword)
        ("keyword", TokenKind.Keyword, true),
        ("storage", TokenKind.Keyword, true),                       // class, public, var, def
        ("markup.heading", TokenKind.Keyword, false),               // # Headings in Markdown
        ("entity.name.tag", TokenKind.Tag, false),                  // XML and HTML elements, YAML keys
        ("entity.other.attribute-name", TokenKind.Attribute, false),
        ("entity.name.function", TokenKind.Function, false),
        ("support.function", TokenKind.Function, false),
        ("entity.name.type", TokenKind.Type, false),
        ("entity.name.class", TokenKind.Type, false),
        ("entity.other.inherited-class", TokenKind.Type, false),
        ("support.type", TokenKind.Type, false),
        ("support.class", TokenKind.Type, false),
        ("constant.character.format.placeholder", TokenKind.Punctuation, false), // { } in f-strings
        ("constant", TokenKind.Number, false),                      // other constants: &amp;, enum-like names
        ("punctuation", TokenKind.Punctuation, false),
        ("meta.brace", TokenKind.Punctuation, false),
    ];

    /// <summary>
    /// Scopes that open code of its own inside a token's context (an interpolation in a
    /// string, a script in HTML): the walk outwards stops there, so <c>name</c> in
    /// <c>`hi ${name}`</c> is not coloured as the string around it.
    /// </summary>
    private static readonly string[] Boundaries =
        ["meta.embedded", "meta.interpolation", "meta.template.expression", "meta.fstring", "source"];

    public static TokenKind Classify(IReadOnlyList<string> scopes, ReadOnlySpan<char> text)
    {
        // scopes[0] is the grammar's own scope (source.cs): it says nothing.
        for (var i = scopes.Count - 1; i >= 1; i--)
        {
            var scope = scopes[i];
            foreach (var (prefix, kind, byText) in Rules)
                if (Matches(scope, prefix)) return byText ? ByText(text) : kind;
            foreach (var boundary in Boundaries)
                if (Matches(scope, boundary)) return TokenKind.Plain;
        }
        return TokenKind.Plain;
    }

    /// <summary>
    /// Grammars file word operators (typeof, instanceof, and, not) under operators and the
    /// arrow "=&gt;" under storage types; a reader sees words as keywords and symbols as
    /// punctuation, so the text decides between the two.
    /// </summary>
    private static TokenKind ByText(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return TokenKind.Keyword;
        return TokenKind.Punctuation;
    }

    private static bool Matches(string scope, string prefix) =>
        scope.StartsWith(prefix, StringComparison.Ordinal)
        && (scope.Length == prefix.Length || scope[prefix.Length] == '.');
}
