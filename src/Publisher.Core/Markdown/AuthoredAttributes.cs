using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Publisher.Core.Markdown;

/// <summary>One <c>key=value</c> an author wrote in braces, with where it stands (line and column from 1).</summary>
public sealed record AttributeToken(string Name, string? Value, int Line, int Column);

/// <summary>
/// What the attribute parsers (<see cref="MarkdownAttributes"/>) saw while a chapter was parsed, kept on its
/// document: each written attribute's place, for warnings about the ones dropped later, and the elements whose id
/// the author chose, which keep it when a generated id would collide (<see cref="ChapterIds"/>).
/// </summary>
public sealed class AuthoredAttributes
{
    private readonly List<AttributeToken> _tokens = [];
    private readonly HashSet<MarkdownObject> _authoredIds = [];

    public static AuthoredAttributes Of(MarkdownDocument document)
    {
        if (document.GetData(typeof(AuthoredAttributes)) is AuthoredAttributes found) return found;
        var created = new AuthoredAttributes();
        document.SetData(typeof(AuthoredAttributes), created);
        return created;
    }

    public void Add(AttributeToken token) => _tokens.Add(token);

    public void MarkAuthoredId(MarkdownObject element) => _authoredIds.Add(element);

    /// <summary>True when the element's id was written by the author rather than made from a heading's text.</summary>
    public bool HasAuthoredId(MarkdownObject element) => _authoredIds.Contains(element);

    /// <summary>
    /// Where the author wrote <paramref name="name"/>=<paramref name="value"/>; each place is given once, in the
    /// order written. Falls back to where the element's attributes start.
    /// </summary>
    public (int Line, int Column) Claim(string name, string? value, HtmlAttributes fallback)
    {
        var index = _tokens.FindIndex(t => t.Name == name && t.Value == value);
        if (index < 0) return (fallback.Line + 1, fallback.Column + 1);
        var token = _tokens[index];
        _tokens.RemoveAt(index);
        return (token.Line, token.Column);
    }
}
