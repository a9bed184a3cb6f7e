using Publisher.Core.Markdown;

namespace Publisher.Core.Tests;

/// <summary>Markdown nested past the limit stops at the place where the limit is passed, before anything recurses over it.</summary>
public sealed class MarkdownNestingTests
{
    private const string File = "content/book/01.md";
    private const string Message = "error PUB005: Markdown nested too deep: quotes, lists, emphasis and links may stand at most 100 levels inside each other";

    public static TheoryData<string, string, string> TooDeep => new()
    {
        // 5,000 quote markers: Markdig refused the tree ("internal error" without a place). Each '>' is a level.
        { "quotes", "# One\n\n" + new string('>', 5_000) + " deep\n", "3:101" },
        // Lists in lists, two spaces deeper each: a list and its item are two levels, so the text of the 50th is the 101st.
        { "lists", "# One\n\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item\n")), "52:101" },
        // Emphasis in emphasis: Markdig parsed it, then its HTML renderer refused it while the EPUB was written.
        // The paragraph is level 1: the text inside the 99th emphasis is the 101st.
        { "emphasis", "# One\n\n" + string.Concat(Enumerable.Repeat("*a ", 300)) + "x" + string.Concat(Enumerable.Repeat(" b*", 300)) + "\n", "3:296" },
        // Ten thousand unclosed brackets in a table cell, after other blocks: Markdig's inline limit, not ours, is met
        // first, and the place is found in the one block that is too deep (the blocks before it are parsed alone).
        { "brackets", "# One\n\n> a quote\n\n- a\n- list\n\n| a | b |\n|---|---|\n| x | " + new string('[', 10_000) + " |\n", "10:103" },
        // Deep quotes in the second of two paragraphs: the line and column count from the chapter's start.
        { "second block", "# One\n\npara\ngraph\n\n" + new string(' ', 2) + new string('>', 200) + " deep\n", "6:103" },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Nesting_past_the_limit_is_an_error_at_its_place(string kind, string text, string place)
    {
        Assert.Equal($"{kind}: {File}:{place}: {Message}", $"{kind}: {Expect.Failure(() => MarkdownNesting.Parse(text, File))}");

        // Everything before that line is read.
        var line = int.Parse(place.Split(':')[0]);
        Assert.NotEmpty(MarkdownNesting.Parse(string.Join('\n', text.Split('\n').Take(line - 1)), File));
    }
}
