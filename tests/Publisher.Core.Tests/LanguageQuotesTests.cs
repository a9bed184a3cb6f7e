using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Markdown;

namespace Publisher.Core.Tests;

/// <summary>Straight quotes become the curly quotes of the text's language, once, for every output.</summary>
public sealed class LanguageQuotesTests
{
    private static string Quoted(string markdown, string language)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        LanguageQuotes.Apply(document, language);
        return string.Concat(document.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
    }

    [Theory]
    [InlineData("en", "He said “yes” and ‘no’, it's fine.")]
    [InlineData("de", "He said „yes“ and ‚no‘, it's fine.")]
    [InlineData("fr", "He said «yes» and “no”, it's fine.")]
    [InlineData("ru", "He said «yes» and „no“, it's fine.")]
    [InlineData("pl", "He said „yes” and «no», it's fine.")]
    [InlineData("ja", "He said 「yes」 and 『no』, it's fine.")]
    [InlineData("zh-Hant", "He said 「yes」 and 『no』, it's fine.")]
    [InlineData("zh-Hans", "He said “yes” and ‘no’, it's fine.")]
    [InlineData("pt-BR", "He said “yes” and ‘no’, it's fine.")]
    public void Quotes_take_the_marks_of_the_chapters_language(string language, string expected) =>
        Assert.Equal(expected, Quoted("He said \"yes\" and 'no', it's fine.", language));

    [Fact]
    public void A_block_in_another_language_takes_its_own_marks()
    {
        Assert.Equal("“English”„Deutsch“", Quoted("\"English\"\n\n\"Deutsch\" {lang=de}\n", "en").Trim());
    }
}
