namespace Publisher.Core.Tests;

/// <summary>template.yml's cover, imprint and toc sections.</summary>
public sealed class FrontMatterTemplateTests : ShippedTemplateTests
{
    [Fact]
    public void The_shipped_booklet_has_a_cover_an_imprint_and_contents_two_levels_deep()
    {
        var t = Read(Shipped);
        Assert.True(t.Cover.Enabled);
        Assert.Equal(34, t.Cover.Title.Text.Size);
        Assert.True(t.Imprint.Enabled);
        Assert.Equal(8, t.Imprint.Text.Text.Size);
        Assert.True(t.Toc.Enabled);
        Assert.Equal(2, t.Toc.Depth);
        Assert.Equal("Contents", t.Toc.Title);
        Assert.Equal(".", t.Toc.Leader);
        Assert.True(t.Toc.Levels[0].Text.Bold);
        Assert.Equal(14, t.Toc.Indent);   // 1.4em of the 10pt body
    }

    [Fact]
    public void Left_out_the_front_matter_is_off()
    {
        var text = Shipped;
        foreach (var key in new[] { "cover:", "imprint:", "toc:" })
        {
            var start = text.IndexOf("\n" + key, StringComparison.Ordinal) + 1;
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            text = text[..start] + text[(end + 2)..];
        }
        var t = Read(text);
        Assert.False(t.Cover.Enabled);
        Assert.False(t.Imprint.Enabled);
        Assert.False(t.Toc.Enabled);
    }

    [Theory]
    [InlineData("  depth: 2 ", "  depth: 4 ", "'toc.depth': expected 1 (chapters), 2 (and their sections) or 3 (and subsections), not '4'")]
    [InlineData("  depth: 2 ", "  depht: 2 ", "unknown key 'toc.depht' (did you mean 'depth'?)")]
    [InlineData("  top: 22% ", "  top: high ", "'cover.top': expected a percentage of the text area's height such as 35%, not 'high'")]
    public void Mistakes_are_named_where_they_stand(string from, string to, string message)
    {
        var text = Changed(from, to);
        var error = Expect.Failure(() => Read(text));
        Assert.StartsWith(Display + ":", error);
        Assert.EndsWith(message, error);
    }
}
