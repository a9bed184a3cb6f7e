using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Markdown;

/// <summary>
/// Makes every id in a chapter unique, as XHTML requires (epubcheck refuses a chapter with two). Ids the author
/// wrote (<c>{#x}</c>, <c>{id=x}</c>, <c>id="x"</c> in raw HTML kept in the EPUB) are kept as written: a second
/// use of one, or one of the forms Publisher gives its own elements (<see cref="GeneratedIds"/>), is an error
/// (PUB043) at the second place. An id made from a heading's text yields instead: when the author's ids or
/// Publisher's forms hold it, it takes the next free <c>-1</c>, <c>-2</c>… as a repeated heading does.
/// </summary>
public static class ChapterIds
{
    public static void Check(MarkdownDocument document, string displayPath, List<Diagnostic>? errors)
    {
        var authored = AuthoredAttributes.Of(document);
        var written = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var generated = new List<HtmlAttributes>();
        foreach (var (id, location) in Ids(document, authored, displayPath, generated))
        {
            var problem = GeneratedIds.IsReserved(id)
                ? $"id '{id}' has the form of the ids Publisher gives its own elements, {GeneratedIds.ReservedForms}; choose another"
                : written.TryGetValue(id, out var first)
                    ? $"id '{id}' is already the id of the element at {first.Line}:{first.Column}; ids must differ within a chapter"
                    : null;
            if (problem is null)
            {
                written[id] = location;
                continue;
            }
            var error = new Diagnostic(Severity.Error, DiagnosticCodes.DuplicateId, problem, location);
            if (errors is null) throw new BuildFailedException(error);
            errors.Add(error);
        }

        // A renamed heading must not take an id another heading already has, so all of them count as taken.
        var taken = new HashSet<string>(written.Keys.Concat(generated.Select(h => h.Id!)), StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in generated)
        {
            var id = heading.Id!;
            if (!GeneratedIds.IsReserved(id) && !written.ContainsKey(id) && kept.Add(id)) continue;
            var n = 1;
            while (GeneratedIds.IsReserved($"{id}-{n}") || !taken.Add($"{id}-{n}")) n++;
            heading.Id = $"{id}-{n}";
            kept.Add(heading.Id);
        }
    }

    /// <summary>The ids the author wrote, in document order; the attributes of headings whose id was made from their text go to <paramref name="generated"/>.</summary>
    private static IEnumerable<(string Id, SourceLocation Location)> Ids(MarkdownDocument document,
        AuthoredAttributes authored, string displayPath, List<HtmlAttributes> generated)
    {
        foreach (var element in document.Descendants())
        {
            if (element.TryGetAttributes() is { Id: { } id } attributes)
            {
                if (element is HeadingBlock && !authored.HasAuthoredId(element)) generated.Add(attributes);
                else yield return (id, new SourceLocation(displayPath, attributes.Line + 1, attributes.Column + 1));
            }
            foreach (var rawId in RawHtml.IdsIn(element))
                yield return (rawId, new SourceLocation(displayPath, element.Line + 1, element.Column + 1));
        }
    }
}
