using System.Reflection;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Tests;

/// <summary>
/// Both writers read a loaded chapter's syntax tree at once: nothing in it may still be made on first read. Markdig
/// makes a code span's text lazily (its private <c>LazySubstring</c> keeps an offset into the source until then),
/// and two threads doing it at once tore it (the Node.js API docs failed one build in three).
/// </summary>
public sealed class SharedSyntaxTreeTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_code_span_of_a_loaded_book_has_its_text_made_before_the_writers_read_it()
    {
        var book = _folder.LoadBook("# Code\n\nRun `npm install`, then `node --allow-fs-read=/tmp app.js`, in a *`nested`* span.\n");
        var spans = book.Chapters[0].Document.Descendants<CodeInline>().ToList();
        Assert.Equal(3, spans.Count);
        Assert.All(spans, span => Assert.Equal(0, Offset(span)));
        Assert.Equal(["npm install", "node --allow-fs-read=/tmp app.js", "nested"], spans.Select(s => s.Content));
    }

    /// <summary>Where the span's text starts in what its lazy substring holds: 0 once the text is made.</summary>
    private static int Offset(CodeInline span)
    {
        var field = typeof(CodeInline).GetField("_content", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("Markdig's CodeInline no longer keeps a lazy substring: see whether this test still has a purpose");
        var lazy = field.GetValue(span)!;
        return (int)lazy.GetType().GetField("Offset")!.GetValue(lazy)!;
    }
}
