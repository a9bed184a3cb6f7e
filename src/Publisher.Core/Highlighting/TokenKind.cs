namespace Publisher.Core.Highlighting;

/// <summary>
/// The few kinds of code token a template can colour. The set is small on purpose: a
/// printed page with a dozen colours is noisy, and each kind must have a CSS class and
/// a template key. Grammars name far more (TextMate scopes); <see cref="ScopeClassifier"/>
/// folds them into these.
/// </summary>
public enum TokenKind
{
    Plain,
    Keyword,
    String,
    Comment,
    Number,
    Type,
    Function,
    Tag,
    Attribute,
    /// <summary>Punctuation and operators written with symbols (<c>{ } ; =&gt; &amp;&amp;</c>).</summary>
    Punctuation,
}

/// <summary>A stretch of code text, in UTF-16 units, of one kind.</summary>
public readonly record struct CodeSpan(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}

public static class TokenKinds
{
    /// <summary>The kinds a template can style, by the name used in template.yml and CSS classes.</summary>
    public static IReadOnlyDictionary<string, TokenKind> ByName { get; } =
        Enum.GetValues<TokenKind>().Where(k => k != TokenKind.Plain)
            .ToDictionary(k => Name(k), k => k, StringComparer.Ordinal);

    /// <summary>"keyword", "string", …: the template key and the CSS class suffix (<c>tok-keyword</c>).</summary>
    public static string Name(TokenKind kind) => kind.ToString().ToLowerInvariant();
}
