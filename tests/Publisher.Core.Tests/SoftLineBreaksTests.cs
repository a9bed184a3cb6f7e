using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Markdown;

namespace Publisher.Core.Tests;

/// <summary>A line end inside a paragraph is a space, except between two Chinese or Japanese characters.</summary>
public sealed class SoftLineBreaksTests
{
    private static bool[] Vanish(string markdown) =>
        Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline)
            .Descendants<LineBreakInline>().Select(SoftLineBreaks.Vanishes).ToArray();

    [Theory]
    [InlineData("这是第一行\n这是第二行", true)]
    [InlineData("日本語の文章は、\n改行しても続く。", true)]
    [InlineData("中文\nEnglish", false)]
    [InlineData("English\n中文", false)]
    [InlineData("one\ntwo", false)]
    // Korean puts spaces between words: a line end between Hangul stays one.
    [InlineData("한국어\n문장", false)]
    [InlineData("*强调*\n的文字", true)]
    [InlineData("文字\n**强调**", true)]
    public void A_soft_break_vanishes_only_between_unspaced_east_asian_characters(string markdown, bool vanishes) =>
        Assert.Equal([vanishes], Vanish(markdown));

    [Fact]
    public void A_hard_break_never_vanishes() => Assert.Equal([false], Vanish("中文\\\n中文"));
}
