using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Markdown;

namespace Publisher.Core.Indexing;

/// <summary>
/// Finds the index entries the chapters mark, once, on the parsed tree both formats read. A bracketed span
/// (<see cref="BracketedSpan"/>) with the class <c>index</c> gives its own words as the term; with
/// <c>index="term"</c> or <c>index="term!sub-term"</c> it gives those. Each marked span gets an id
/// (<see cref="GeneratedIds.IndexMark"/>, or the author's own), and the <c>index</c> class and attribute are taken
/// off it: they are instructions, not markup for the EPUB. A term that is empty, or more than a term and a sub-term,
/// is an error at its place; an <c>index</c> attribute on anything but a bracketed span is a warning, and is dropped.
/// </summary>
public static partial class IndexMarks
{
    private const string Attribute = "index";
    private const string Class = "index";

    /// <returns>The marks in reading order.</returns>
    public static List<IndexMark> Apply(IReadOnlyList<Chapter> chapters, List<Diagnostic> warnings, List<Diagnostic>? errors)
    {
        var marks = new List<IndexMark>();
        foreach (var chapter in chapters)
        {
            var number = 0;
            foreach (var element in chapter.Document.Descendants())
            {
                if (element.TryGetAttributes() is not { } attributes) continue;
                var given = attributes.Properties?.Find(p => p.Key == Attribute) is { Key: Attribute } property ? property.Value ?? "" : null;
                var marked = attributes.Classes?.Contains(Class) == true;
                if (given is null && !marked) continue;
                // A span is reported at its opening bracket, where its words begin.
                var at = element is BracketedSpan words
                    ? new SourceLocation(chapter.DisplayPath, words.Line + 1, words.Column + 1)
                    : new SourceLocation(chapter.DisplayPath, attributes.Line + 1, attributes.Column + 1);
                attributes.Properties?.RemoveAll(p => p.Key == Attribute);
                if (element is not BracketedSpan span)
                {
                    // A heading's braces at its line's end are the heading's own: "## Ports [port]{.index}" marks no word.
                    attributes.Classes?.Remove(Class);
                    warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.AttributeDropped,
                        $"{(given is null ? "class 'index'" : "attribute 'index'")} left out: an index entry marks words in brackets, " +
                        "[the harbour]{.index} or [the harbour]{index=\"harbour\"} (at a heading's end, braces are the heading's own)", at));
                    continue;
                }
                attributes.Classes?.Remove(Class);
                // The words themselves are the term as they stand ("Yahoo!"); only index="…" has a sub-term after a '!'.
                var written = given ?? BookLoader.PlainText(span);
                var parts = (given is null ? [written] : written.Split('!')).Select(Collapse).ToArray();
                if (parts.Length > 2 || parts.Any(p => p.Length == 0))
                {
                    var problem = parts.Length > 2
                        ? $"index entry '{written}' has more than a term and a sub-term; write index=\"term!sub-term\""
                        : given is null ? "an index entry marks words: [harbour]{.index}, or gives its term, []{index=\"harbour\"}"
                        : $"index entry '{written}' has an empty term; write index=\"term\" or index=\"term!sub-term\"";
                    var error = new Diagnostic(Severity.Error, DiagnosticCodes.BadIndexEntry, problem, at);
                    if (errors is null) throw new BuildFailedException(error);
                    errors.Add(error);
                    continue;
                }
                attributes.Id ??= GeneratedIds.IndexMark(++number);
                marks.Add(new IndexMark(chapter, attributes.Id, parts[0], parts.Length > 1 ? parts[1] : null, at));
            }
        }
        return marks;
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
