using ICU4N.Globalization;
using ICU4N.Text;
using Publisher.Layout.Breaking;

namespace Publisher.Layout.Tests;

/// <summary>The line-break rules read from ICU4N's compiled data break as ICU's own factory does.</summary>
public sealed class BreakOpportunitiesTests
{
    [Theory]
    [InlineData("Hello world, this is (a) test: see https://example.org/a/b.html now.\nNext line")]
    [InlineData("Ünïcödé — em dashes–en dashes… «quotes» 12,345.67 $5 100%")]
    [InlineData("中文的句子，没有空格。日本語の文章です。한국어 문장입니다.")]
    [InlineData("Здравствуй, мир! Γειά σου κόσμε; مرحبا بالعالم")]
    public void The_breaks_are_those_of_icus_line_instance(string text)
    {
        var factory = BreakIterator.GetLineInstance(UCultureInfo.InvariantCulture);
        factory.SetText(text);
        var expected = new List<int>();
        for (var b = factory.Next(); b != BreakIterator.Done; b = factory.Next()) expected.Add(b);

        // Publisher keeps compound words whole (InsideCompound); none of these texts has one.
        Assert.Equal(expected, BreakOpportunities.Find(text).Select(b => b.Index));
    }
}
