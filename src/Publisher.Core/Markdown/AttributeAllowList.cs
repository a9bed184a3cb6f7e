using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Markdown;

/// <summary>
/// Keeps, of the attributes an author wrote in braces, only those of <see cref="AttributeRules"/>, after the parse
/// and before either format sees the tree; each one dropped is a warning at the place it was written.
/// <c>{id=x}</c> is the author's id (as <c>{#x}</c>), replacing a heading's generated one; <c>{class="a b"}</c>
/// adds classes.
/// </summary>
public static class AttributeAllowList
{
    public static List<Diagnostic> Apply(MarkdownDocument document, string displayPath)
    {
        var warnings = new List<Diagnostic>();
        var authored = AuthoredAttributes.Of(document);
        foreach (var element in document.Descendants())
        {
            if (element.TryGetAttributes() is not { Properties: { Count: > 0 } properties } attributes) continue;
            var kept = new List<KeyValuePair<string, string?>>();
            foreach (var (name, value) in properties)
            {
                var text = value ?? "";
                if (AttributeRules.Problem(name, text) is { } problem)
                {
                    var (line, column) = authored.Claim(name, value, attributes);
                    warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.AttributeDropped,
                        $"attribute '{name}' left out: {problem}", new SourceLocation(displayPath, line, column)));
                    continue;
                }
                switch (name)
                {
                    case "id":
                        attributes.Id = text;
                        authored.MarkAuthoredId(element);
                        break;
                    case "class":
                        foreach (var className in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) attributes.AddClass(className);
                        break;
                    case "lang":
                        // XHTML (the EPUB) reads a language from xml:lang as well as lang: both are written, alike.
                        kept.Add(new(name, value));
                        kept.Add(new("xml:lang", value));
                        break;
                    default:
                        kept.Add(new(name, value));
                        break;
                }
            }
            attributes.Properties = kept.Count > 0 ? kept : null;
        }
        return warnings;
    }
}
